import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const START_TIMEOUT_MS = 90_000;
const STOP_TIMEOUT_MS = 30_000;

/**
 * The product as the README starts it: `npm start` on a DATA_DIR, in a
 * process group of its own so that a crash can be made as real as kill -9 of
 * the whole tree (npm, node). The embedded PostgreSQL, started by pg_ctl,
 * is not in that group: like after a real crash, it outlives the api.
 */
export class ServiceProcess {
  private child: ChildProcess | null = null;
  private output = '';
  readonly port: Promise<number>;

  constructor(private readonly env: Record<string, string>) {
    this.port = freePort();
  }

  get url(): Promise<string> {
    return this.port.then((port) => `http://127.0.0.1:${port}`);
  }

  /** Starts `npm start` and resolves once /health answers 200; the seconds it took. */
  async start(): Promise<number> {
    const started = Date.now();
    const port = await this.port;
    const env: NodeJS.ProcessEnv = { ...process.env, ...this.env, PORT: String(port), HOST: '127.0.0.1' };
    for (const name of ['DATABASE_URL', 'EVENTSTORE_CONNECTION_STRING', 'npm_config_prefix']) delete env[name];
    const child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    this.child = child;
    const deadline = Date.now() + START_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${this.output.slice(-4000)}`);
      const status = await fetch(`http://127.0.0.1:${port}/health`, { signal: AbortSignal.timeout(2_000) }).then((response) => response.status, () => 0);
      if (status === 200) return (Date.now() - started) / 1000;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`/health did not answer 200 within ${START_TIMEOUT_MS} ms:\n${this.output.slice(-4000)}`);
  }

  /** kill -9 of npm and the api under it: no shutdown hook runs. */
  async crash(): Promise<void> {
    await this.signal('SIGKILL');
  }

  /** SIGTERM to the group, as Ctrl-C or systemd would: the api stops, then its PostgreSQL. Killed if it has not stopped in 30 s. */
  async stop(): Promise<void> {
    const child = this.child;
    const killLater = setTimeout(() => child?.pid && process.kill(-child.pid, 'SIGKILL'), STOP_TIMEOUT_MS);
    try {
      await this.signal('SIGTERM');
    } finally {
      clearTimeout(killLater);
    }
  }

  log(): string {
    return this.output;
  }

  private async signal(signal: NodeJS.Signals): Promise<void> {
    const child = this.child;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, signal);
    await exited;
    this.child = null;
  }
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
