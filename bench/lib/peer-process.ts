import { join } from 'node:path';
import type { ProjectionMode } from '../peers/emmett/main';
import { API_NODE_FLAGS, ROOT, startServerProcess, type ApiProcess } from './api-process';

const PEER_ENTRY = join(ROOT, 'bench', 'peers', 'emmett', 'main.ts');

/**
 * The Emmett peer (bench/peers/emmett) as its own process, run like the api:
 * the same V8 flags, the same database server, the same JWT secret. It is
 * loaded through ts-node's transpile-only hook, which compiles its few files
 * once at start and then runs plain JavaScript; the Emmett packages load
 * from their own builds.
 */
export function startEmmettPeer(options: { databaseUrl: string; jwtSecret: string; projection: ProjectionMode }): Promise<ApiProcess> {
  return startServerProcess([...API_NODE_FLAGS, '-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', PEER_ENTRY], (port) => ({
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.jwtSecret,
    PROJECTION: options.projection,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'production',
    TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
  }));
}
