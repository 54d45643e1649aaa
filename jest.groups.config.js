/**
 * The whole run (`npm test`): every suite the base configuration finds, in
 * the groups of test/groups (see test/support/suite-groups.ts), so the api's
 * modules load once per group rather than once per suite.
 */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  testRegex: 'test/groups/suites-\\d+\\.group-spec\\.ts$',
};
