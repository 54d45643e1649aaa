/**
 * `npm run test:esdb`: everything about EventStoreDB — the double, the adapter
 * on the double, and the contract suite on a real server when
 * EVENTSTORE_CONNECTION_STRING is set (skipped otherwise).
 */
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: '../..',
  testRegex: 'test/esdb/.*\\.(int-spec|esdb-spec)\\.ts$',
};
