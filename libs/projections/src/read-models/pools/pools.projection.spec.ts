import type { PoolEvent } from '@shiji/domain';
import { poolsProjection } from '@shiji/projections';
import { eventIdOf, occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(poolsProjection);

const donated: PoolEvent = { type: 'PoolDonationReceived', data: { communityId: 'c-1', donationId: 'd-1', fromVolunteerId: 'v-1', minutes: 60 } };
const granted: PoolEvent = { type: 'PoolGranted', data: { communityId: 'c-1', grantId: 'g-1', beneficiaryId: 'b-1', minutes: 40, reason: '助餐' } };

describe('the pools projection', () => {
  it('keeps the balance and a statement line per donation and grant, with the balance after it', () => {
    spec
      .given([donated])
      .when([granted])
      .then({
        pools: { 'c-1': { communityId: 'c-1', balanceMinutes: 20, donatedMinutes: 60, grantedMinutes: 40, capExcessMinutes: 0 } },
        pool_ledger: {
          [eventIdOf(2)]: {
            entryId: eventIdOf(2), communityId: 'c-1', kind: 'grant', reference: 'g-1', volunteerId: null, beneficiaryId: 'b-1', minutesDelta: -40, balanceAfter: 20, reason: '助餐', occurredAt: at(2), position: 2,
          },
        },
      });
  });
});
