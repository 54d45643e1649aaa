import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
/** Where `nest build api` puts the entry (rootDir is the repo root, so under src/). */
const ENTRIES = [join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js'), join(ROOT, 'dist', 'apps', 'api', 'main.js')];

/**
 * The V8 flags the api runs with, as `npm start`, `npm run start:api` and the
 * Docker image start it (api-node-flags.spec.ts keeps them in step). A young
 * generation of 32 MB instead of 16 MB: a write allocates enough that the
 * smaller one scavenged several times a second and promoted short-lived
 * objects; the api spent about 10 % less CPU per write and 15 % less per
 * account read with it, for tens of MB more resident memory.
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];

/** The built api as a child process, so its memory is measured apart from the load generator. */
export interface ApiProcess {
  baseUrl: string;
  pid: number;
  /** Peak resident set size so far (VmHWM), in MiB. */
  peakRssMb(): number;
  stop(): Promise<void>;
}

/** `env` adds to or overrides the api's environment, e.g. CACHED_ACCOUNT_READS=false. */
export async function startApi(options: { databaseUrl: string; jwtSecret: string; dataDir: string; env?: Record<string, string> }): Promise<ApiProcess> {
  const entry = ENTRIES.find((path) => existsSync(path));
  if (!entry) throw new Error('dist/apps/api is missing: run `npx nest build api` (scripts/bench.js does it)');
  // BENCH_API_NODE_FLAGS (e.g. --cpu-prof) profiles the api without touching the load generator.
  const flags = (process.env.BENCH_API_NODE_FLAGS ?? '').split(' ').filter(Boolean);
  return startServerProcess([...API_NODE_FLAGS, ...flags, entry], (port) => ({
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.jwtSecret,
    DATA_DIR: options.dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
    // The load comes from one address and a few tokens: the limiter stays on (its cost is measured) with a budget the run cannot reach.
    RATE_LIMIT_PER_MINUTE: '1000000000',
    // Two apis may run at once: each gets a metrics listener on a port of its own.
    METRICS_PORT: '0',
    ...options.env,
  }));
}

/** Servers still running; a bench that exits before stopping them (an error, Ctrl-C) leaves none behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/**
 * An HTTP server as a child node process on a free port of 127.0.0.1 (the
 * api, or a peer measured beside it), resolved once its GET /health answers.
 */
export async function startServerProcess(nodeArgs: readonly string[], envFor: (port: number) => Record<string, string>): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, nodeArgs, { cwd: ROOT, env: { ...process.env, ...envFor(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.once('exit', () => running.delete(child));
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitUntilHealthy(baseUrl, child, () => output);
  let peak = 0;
  const pid = child.pid as number;
  return {
    baseUrl,
    pid,
    peakRssMb() {
      peak = Math.max(peak, readHwmMb(pid));
      return peak;
    },
    stop: () => stopChild(child),
  };
}

function readHwmMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

async function waitUntilHealthy(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopChild(child);
  throw new Error(`server did not become healthy within 60 s:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
