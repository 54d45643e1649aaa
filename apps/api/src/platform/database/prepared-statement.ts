import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

const names = new Map<string, string>();

/**
 * A query as a named prepared statement: each pooled connection parses and
 * plans it once and then only binds values, which for the short lookups on
 * the hot read routes costs more than running them. The name comes from the
 * text, so the same text has the same name on every connection.
 *
 * Only for statements whose best plan does not depend on the values: after a
 * few runs PostgreSQL may keep a generic plan, which cannot drop branches such
 * as `$1 IS NULL OR …` (the audit filters and log reads stay unprepared).
 */
export function preparedStatement(text: string, values: unknown[]): QueryConfig {
  return { name: statementName(text), text, values };
}

/** The prepared statement's name for this text, the same on every connection and in every process. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `shiji_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}
