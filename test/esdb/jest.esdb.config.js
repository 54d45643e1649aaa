/**
 * `npm run test:esdb`: everything about EventStoreDB — the double, the adapter
 * and the service's scenarios on the double, and, when
 * EVENTSTORE_CONNECTION_STRING is set (skipped otherwise), the service's
 * scenarios (first: they need an empty node) and the contract suite on a real server.
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testRegex: 'test/esdb/.*\\.(int-spec|esdb-spec)\\.ts$',
  testSequencer: '<rootDir>/test/esdb/esdb-sequencer.js',
};
