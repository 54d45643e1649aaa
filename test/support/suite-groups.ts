import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const GROUPS_DIRECTORY = join(ROOT, 'test', 'groups');
/** Suites' seconds in an earlier run (`node scripts/suite-seconds.js`), to balance the groups; a suite not listed weighs the median. */
const SECONDS_FILE = join(GROUPS_DIRECTORY, 'suite-seconds.json');
const GROUP_FILE = /^suites-(\d+)\.group-spec\.ts$/;

/** Every suite Jest's own configuration finds (jest.config.js), as paths from the repository's root, sorted. */
export function allSuites(): string[] {
  const { testRegex, testPathIgnorePatterns } = require('../../jest.config.js') as { testRegex: string; testPathIgnorePatterns: string[] }; // eslint-disable-line @typescript-eslint/no-require-imports -- the one configuration, in CommonJS
  const suite = new RegExp(testRegex);
  const ignored = testPathIgnorePatterns.map((pattern) => new RegExp(pattern));
  const found: string[] = [];
  const walk = (directory: string): void => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (ignored.some((pattern) => pattern.test(`${path}/`))) continue;
      if (entry.isDirectory()) walk(path);
      else if (suite.test(path)) found.push(relative(ROOT, path));
    }
  };
  for (const top of readdirSync(ROOT, { withFileTypes: true })) {
    if (top.isDirectory() && !top.name.startsWith('.') && !ignored.some((pattern) => pattern.test(`/${top.name}/`))) walk(join(ROOT, top.name));
  }
  return found.sort();
}

/** How many group files test/groups holds. */
export function groupCount(): number {
  return readdirSync(GROUPS_DIRECTORY).filter((name) => GROUP_FILE.test(name)).length;
}

/**
 * The suites split into `groups` of about equal seconds: the longest first,
 * each to the group with the fewest seconds so far. Deterministic, so that
 * every group file computes the same split.
 */
export function splitSuites(suites: readonly string[], groups: number, seconds: Readonly<Record<string, number>>): string[][] {
  const known = Object.values(seconds).sort((a, b) => a - b);
  const median = known.length > 0 ? known[Math.floor(known.length / 2)] : 1;
  const weighed = suites.map((suite) => ({ suite, seconds: seconds[suite] ?? median })).sort((a, b) => b.seconds - a.seconds || a.suite.localeCompare(b.suite));
  const split = Array.from({ length: groups }, () => ({ suites: [] as string[], seconds: 0 }));
  for (const { suite, seconds: weight } of weighed) {
    const lightest = split.reduce((best, group) => (group.seconds < best.seconds ? group : best));
    lightest.suites.push(suite);
    lightest.seconds += weight;
  }
  return split.map((group) => group.suites.sort());
}

/**
 * Runs this group's share of the suites in one Jest test file, each in a
 * `describe` named by its path. Jest gives every test file its own module
 * registry, so each suite loaded the whole api anew (seconds per suite);
 * a group loads it once. Each suite still starts its own app on its own
 * database, and its top-level hooks stay with its own tests.
 */
export function runGroup(groupFile: string): void {
  const match = GROUP_FILE.exec(groupFile.split(/[\\/]/).pop() ?? '');
  if (!match) throw new Error(`${groupFile} is not named suites-<n>.group-spec.ts`);
  const seconds = JSON.parse(readFileSync(SECONDS_FILE, 'utf8')) as Record<string, number>;
  const suites = splitSuites(allSuites(), groupCount(), seconds)[Number(match[1]) - 1] ?? [];
  for (const suite of suites) {
    describe(suite, () => {
      require(join(ROOT, suite)); // eslint-disable-line @typescript-eslint/no-require-imports -- a suite registers its tests while this describe collects them
    });
  }
}
