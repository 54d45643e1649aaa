/**
 * Test order for `npm run test:esdb`: the service scenarios on a real server
 * need an empty node (see service-on-eventstoredb.esdb-spec.ts), so they run
 * before the contract suite writes its streams there; otherwise Jest's usual
 * order (failed first, then slowest first).
 */
const Sequencer = require('@jest/test-sequencer').default;

const FIRST = /service-on-eventstoredb\.esdb-spec\.ts$/;

class EsdbSequencer extends Sequencer {
  async sort(tests) {
    const sorted = await super.sort(tests);
    return [...sorted.filter((test) => FIRST.test(test.path)), ...sorted.filter((test) => !FIRST.test(test.path))];
  }
}

module.exports = EsdbSequencer;
