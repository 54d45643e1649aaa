#!/usr/bin/env node
/**
 * `npm test`: with no path, every suite in its group (jest.groups.config.js);
 * given paths or a pattern (`npm test -- test/e2e/gifts`), just those suites,
 * one test file each (jest.config.js). Other Jest options pass through.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const args = process.argv.slice(2);
const takesValue = new Set(['--outputFile', '--testNamePattern', '-t', '--maxWorkers', '-w', '--config', '-c', '--testTimeout', '--shard', '--reporters']);
let paths = 0;
for (let index = 0; index < args.length; index += 1) {
  const arg = args[index];
  if (arg.startsWith('-')) {
    if (takesValue.has(arg)) index += 1;
  } else paths += 1;
}
const config = paths > 0 ? 'jest.config.js' : 'jest.groups.config.js';
const jest = require.resolve('jest/bin/jest');
const result = spawnSync(process.execPath, [jest, '--config', join(__dirname, '..', config), '--maxWorkers=2', ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
