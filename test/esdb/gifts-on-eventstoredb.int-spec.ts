import { describeGifts } from '../e2e/scenarios/gifts.scenario';
import { startTestApiOnDouble } from '../support/esdb';

/**
 * Gifts to family with the log in EventStoreDB (the in-process double): the
 * very scenario test/e2e/gifts.e2e-spec.ts runs on PostgreSQL, so the new
 * events, their moves and their compensation hold on both stores.
 */
describe('gifts on EventStoreDB (in-process double)', () => {
  describeGifts(() => startTestApiOnDouble());
});
