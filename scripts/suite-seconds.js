#!/usr/bin/env node
/**
 * Writes test/groups/suite-seconds.json, the seconds each suite took, from a
 * Jest JSON report of a whole run (`npm test -- --json --outputFile=…`):
 * `node scripts/suite-seconds.js <report.json>`. The groups (test/support/
 * suite-groups.ts) use it to split the suites evenly; run it again when
 * suites are added or grow.
 */
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const report = process.argv[2];
if (!report) {
  console.error('usage: node scripts/suite-seconds.js <jest-report.json>');
  process.exit(2);
}
const root = join(__dirname, '..');

/** The path from this repository's root of a file the report names (it may have run in another checkout). */
function ownPath(file) {
  const parts = file.split(/[\\/]/);
  for (let from = 0; from < parts.length; from += 1) {
    const path = parts.slice(from).join('/');
    if (existsSync(join(root, path))) return path;
  }
  return relative(root, file);
}

const seconds = {};
const add = (suite, value) => (seconds[suite] = (seconds[suite] ?? 0) + value);
for (const file of JSON.parse(readFileSync(report, 'utf8')).testResults) {
  const path = ownPath(file.name);
  if (!path.startsWith('test/groups/')) {
    add(path, (file.endTime - file.startTime) / 1000);
    continue;
  }
  // A group's tests are named by their suite's path first; each suite is charged from the end of
  // the test before its first (its hooks) to the end of its last. Loading the group's modules,
  // before its first test, is the group's and no suite's.
  const tests = file.assertionResults.filter((test) => test.startAt != null).sort((a, b) => a.startAt - b.startAt);
  let cursor = tests[0]?.startAt;
  let suite;
  for (const test of tests) {
    suite = test.ancestorTitles[0];
    const end = test.startAt + (test.duration ?? 0);
    add(suite, (end - cursor) / 1000);
    cursor = end;
  }
  if (suite) add(suite, (file.endTime - cursor) / 1000);
}
const sorted = Object.fromEntries(Object.entries(seconds).sort(([a], [b]) => a.localeCompare(b)).map(([suite, value]) => [suite, Math.round(value * 10) / 10]));
writeFileSync(join(root, 'test/groups/suite-seconds.json'), `${JSON.stringify(sorted, null, 2)}\n`);
console.log(`${Object.keys(sorted).length} suites`);
