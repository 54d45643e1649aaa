import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { allSuites, groupCount, splitSuites } from './suite-groups';

const ROOT = join(__dirname, '..', '..');

describe('the suites in groups', () => {
  it('finds exactly the suites Jest finds on its own', () => {
    const listed = spawnSync(process.execPath, [require.resolve('jest/bin/jest'), '--listTests', '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(listed.status).toBe(0);
    const jest = (JSON.parse(listed.stdout) as string[]).map((path) => relative(ROOT, path)).sort();
    expect(allSuites()).toEqual(jest);
  });

  it('has group files numbered 1 to n, and puts every suite in exactly one of them', () => {
    const numbers = readdirSync(join(ROOT, 'test', 'groups')).flatMap((name) => /^suites-(\d+)\.group-spec\.ts$/.exec(name)?.[1] ?? []).map(Number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: groupCount() }, (_, index) => index + 1));
    const suites = allSuites();
    const groups = splitSuites(suites, groupCount(), {});
    expect(groups.flat().sort()).toEqual(suites);
  });

  it('splits by seconds, the longest first to the lightest group, a suite not listed weighing the median', () => {
    const seconds = { a: 10, b: 6, c: 5, d: 4, e: 1 };
    // By weight a 10, b 6, c 5, f 5 (the median), d 4, e 1, they go to groups 1, 2, 2, 1, 2 and 1 (a tie to the first).
    expect(splitSuites(['a', 'b', 'c', 'd', 'e', 'f'], 2, seconds)).toEqual([
      ['a', 'e', 'f'],
      ['b', 'c', 'd'],
    ]);
  });
});
