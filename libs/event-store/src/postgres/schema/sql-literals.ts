import pg from 'pg';

export type SqlValue = string | number | Date | readonly string[] | null;

/**
 * A parameterised statement with its values written in as SQL literals, for
 * the one statement PostgreSQL cannot bind parameters to: COPY. Strings go
 * through the driver's own quoting; numbers must be integers, so nothing but
 * digits reaches the text unquoted.
 */
export function inlineParameters(sql: string, values: readonly SqlValue[]): string {
  return sql.replace(/\$(\d+)/g, (_, index: string) => literal(values[Number(index) - 1]));
}

function literal(value: SqlValue | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new TypeError(`not an integer SQL parameter: ${value}`);
    return String(value);
  }
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (typeof value === 'string') return pg.escapeLiteral(value);
  return `ARRAY[${value.map((item) => pg.escapeLiteral(item)).join(', ')}]::text[]`;
}
