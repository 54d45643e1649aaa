/**
 * A process that starts the embedded PostgreSQL for the data folder in argv[2]
 * and keeps it until SIGTERM, as the api does: the recovery tests kill it with
 * SIGKILL to leave the server behind, as an api crash does.
 */
import { startEmbeddedPostgres } from '../../../libs/postgres/src';

async function main(): Promise<void> {
  const server = await startEmbeddedPostgres({ dataDir: process.argv[2] });
  process.once('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  process.stdout.write(`ready ${server.url}\n`);
  setInterval(() => undefined, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
