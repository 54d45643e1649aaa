import { projections } from '@event-driven-io/emmett';
import { getPostgreSQLEventStore, type PostgresEventStore } from '@event-driven-io/emmett-postgresql';
import { pongoClient } from '@event-driven-io/pongo';
import type { AccountEvent } from './account';
import { accountProjection } from './account-projection';
import { buildPeerApp } from './http-app';

export type ProjectionMode = 'inline' | 'async';

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}

/**
 * The peer as its own process, configured like the api: DATABASE_URL,
 * JWT_SECRET, PORT, HOST, and PROJECTION=inline (the account document
 * written in the append's transaction, Emmett's advice for consistent
 * reads) or async (a consumer with a projector, Emmett's fastest write).
 */
async function main(): Promise<void> {
  const databaseUrl = required('DATABASE_URL');
  const mode = (process.env.PROJECTION ?? 'inline') as ProjectionMode;
  if (mode !== 'inline' && mode !== 'async') throw new Error(`PROJECTION must be inline or async, not ${String(mode)}`);
  const eventStore: PostgresEventStore = getPostgreSQLEventStore(databaseUrl, mode === 'inline' ? { projections: projections.inline([accountProjection]) } : {});
  await eventStore.schema.migrate();
  const pongo = pongoClient(databaseUrl);
  const consumer = mode === 'async' ? eventStore.consumer<AccountEvent>() : undefined;
  consumer?.projector({ processorId: 'accounts', projection: accountProjection });
  const consuming = consumer?.start();

  const app = buildPeerApp({ eventStore, readStore: pongo.db(), jwtSecret: required('JWT_SECRET') });
  await app.listen({ port: Number(process.env.PORT ?? 3100), host: process.env.HOST ?? '127.0.0.1' });

  const stop = async () => {
    await app.close();
    await consumer?.close();
    await consuming?.catch(() => undefined);
    await pongo.close();
    await eventStore.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`[peer:emmett] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
