import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/** Builds dist/ as `npm start` would, up front, so a test's timings measure its process and not the build. */
export function buildForStart(): void {
  const build = spawnSync(process.execPath, ['-e', "require('./scripts/build-if-stale').buildIfStale()"], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
}

export interface RunningScript {
  child: ChildProcess;
  /** Everything it wrote so far, stdout and stderr interleaved. */
  output(): string;
  exited: Promise<number | null>;
  /** Resolves once the output holds `text`; rejects if the process ends first or the time runs out. */
  waitFor(text: string, timeoutMs?: number): Promise<void>;
}

/** One of scripts/ (start.js, start-projector.js, cli.js) as an operator runs it, from the project folder. */
export function runScript(script: string, args: readonly string[], env: NodeJS.ProcessEnv): RunningScript {
  const child = spawn(process.execPath, [join('scripts', script), ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => output,
    exited,
    async waitFor(text, timeoutMs = 45_000) {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${script} did not write ${JSON.stringify(text)}:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
