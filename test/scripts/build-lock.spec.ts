import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** A node process that holds the lock for `holdMs`, noting when it entered and left. */
function holder(lock: string, journal: string, name: string, holdMs: number): Promise<number | null> {
  const script = `
    const { appendFileSync } = require('node:fs');
    const { withBuildLock } = require(${JSON.stringify(join(ROOT, 'scripts', 'build-if-stale.js'))});
    withBuildLock(() => {
      appendFileSync(${JSON.stringify(journal)}, 'in ${name}\\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
      appendFileSync(${JSON.stringify(journal)}, 'out ${name}\\n');
    }, ${JSON.stringify(lock)});`;
  return new Promise((resolve) => spawn(process.execPath, ['-e', script], { stdio: 'ignore' }).once('exit', resolve));
}

describe('the build lock (scripts/build-if-stale.js)', () => {
  it('lets one process build at a time: those starting together wait their turn', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiji-build-lock-'));
    const journal = join(dir, 'journal');
    writeFileSync(journal, '');
    const exits = await Promise.all(['a', 'b', 'c'].map((name) => holder(join(dir, 'lock'), journal, name, 300)));
    expect(exits).toEqual([0, 0, 0]);
    const lines = readFileSync(journal, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(6);
    // Never two inside at once: each "in" is followed by its own "out".
    for (let i = 0; i < lines.length; i += 2) expect(lines[i + 1]).toBe(lines[i].replace('in', 'out'));
  });

  it('takes over a lock whose holder is gone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiji-build-lock-'));
    const lock = join(dir, 'lock');
    mkdirSync(lock);
    // A pid no process has: the holder was killed mid-build.
    writeFileSync(join(lock, 'pid'), '2147483646');
    const journal = join(dir, 'journal');
    writeFileSync(journal, '');
    expect(await holder(lock, journal, 'next', 0)).toBe(0);
    expect(readFileSync(journal, 'utf8')).toBe('in next\nout next\n');
  });
});
