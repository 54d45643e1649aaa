import { ErrorType } from '@eventstore/db-client';
import { isTransientDatabaseError } from '@shiji/postgres';

const EVENTSTOREDB_UNAVAILABLE: ReadonlySet<string> = new Set([ErrorType.UNAVAILABLE, ErrorType.DEADLINE_EXCEEDED, ErrorType.NOT_LEADER]);

/**
 * The store (or the PostgreSQL under the read models) is out of reach for a
 * moment: a restart, a dropped connection, a failover. Nothing the request
 * asked for is wrong; the same request may succeed shortly, so it is
 * answered 503 with Retry-After, never 500.
 */
export function isStoreUnavailable(error: unknown): boolean {
  if (isTransientDatabaseError(error)) return true;
  const type = (error as { type?: unknown } | null)?.type;
  return typeof type === 'string' && EVENTSTOREDB_UNAVAILABLE.has(type);
}
