import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CLUSTER_LOCATION_FILE } from '@shiji/postgres';
import { Client } from 'pg';

/**
 * The embedded PostgreSQL an `npm start` keeps under its DATA_DIR, reached
 * the way an operator would: the cluster named in DATA_DIR (or its recorded
 * home, see server-layout.ts), the running server's port and binaries from
 * its postmaster.pid and /proc, the password from DATA_DIR/pg-password.
 */
export class EmbeddedCluster {
  constructor(private readonly dataDir: string) {}

  get clusterDir(): string {
    const location = join(this.dataDir, CLUSTER_LOCATION_FILE);
    const home = existsSync(location) ? readFileSync(location, 'utf8').trim() : this.dataDir;
    return join(home, 'pg');
  }

  /** The postmaster's pid and port while it runs; null when no pid file is there. */
  running(): { pid: number; port: number } | null {
    const pidFile = join(this.clusterDir, 'postmaster.pid');
    if (!existsSync(pidFile)) return null;
    const lines = readFileSync(pidFile, 'utf8').split('\n');
    return { pid: Number(lines[0]), port: Number(lines[3]) };
  }

  async connect(): Promise<Client> {
    const server = this.running();
    if (!server) throw new Error(`no PostgreSQL is running for ${this.dataDir}`);
    const password = readFileSync(join(this.dataDir, 'pg-password'), 'utf8').trim();
    const client = new Client({ host: '127.0.0.1', port: server.port, user: 'shiji', password, database: 'shiji' });
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  /** Ends every connection the api holds, as an administrator's pg_terminate_backend does. */
  async terminateConnections(): Promise<number> {
    const client = await this.connect();
    try {
      const { rows } = await client.query<{ terminated: boolean }>(
        "SELECT pg_terminate_backend(pid) AS terminated FROM pg_stat_activity WHERE datname = 'shiji' AND pid <> pg_backend_pid()",
      );
      return rows.filter((row) => row.terminated).length;
    } finally {
      await client.end();
    }
  }

  /** `pg_ctl restart -m fast`: every connection ends and the server is away for as long as a restart takes. */
  async restart(): Promise<void> {
    await this.pgCtl(['restart', '-w', '-t', '60', '-m', 'fast', '-D', this.clusterDir]);
  }

  /** Stops a server left running (after a kill -9 of the api that owned it), so a test leaves nothing behind. */
  async stopIfRunning(): Promise<void> {
    if (!this.running()) return;
    await this.pgCtl(['stop', '-w', '-t', '60', '-m', 'fast', '-D', this.clusterDir]).catch(() => undefined);
  }

  private pgCtl(args: string[]): Promise<void> {
    const server = this.running();
    if (!server) throw new Error(`no PostgreSQL is running for ${this.dataDir}`);
    // The binaries the server runs from, and the OS user it runs as (postgres when the api started as root).
    const pgCtl = join(dirname(readlinkSync(`/proc/${server.pid}/exe`)), 'pg_ctl');
    const { uid, gid } = statSync(this.clusterDir);
    return new Promise((resolve, reject) => {
      const child = spawn(pgCtl, args, { uid, gid, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      // 'exit', not 'close': a server pg_ctl starts inherits its output pipes and keeps them open.
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_ctl ${args[0]} exited with ${code}: ${output}`))));
    });
  }
}
