import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { server } from './server';

/** Stops the api (it stops its PostgreSQL on SIGTERM) and removes its data and its copy of the build. */
export default async function globalTeardown(): Promise<void> {
  const { pid, dataDir, build } = server();
  rmSync(build, { recursive: true, force: true });
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
      await new Promise((resolve) => setTimeout(resolve, 200));
    } catch {
      break;
    }
  }
  // Run as root, the cluster lives outside the data folder, in a staging folder the data folder names.
  const location = join(dataDir, 'postgres-location');
  const staged = existsSync(location) ? readFileSync(location, 'utf8').trim() : '';
  if (staged.includes('/clusters/')) rmSync(staged, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
