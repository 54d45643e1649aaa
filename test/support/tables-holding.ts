import type { Pool } from 'pg';

/** Every readable column of every table (text, varchar, json, jsonb) that holds `needle`: where personal data would show in the clear. */
export async function tablesHolding(pool: Pool, needle: string): Promise<string[]> {
  const { rows: columns } = await pool.query<{ schema: string; table: string; column: string }>(
    `SELECT c.table_schema AS schema, c.table_name AS table, c.column_name AS column
       FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema NOT IN ('pg_catalog', 'information_schema') AND t.table_type = 'BASE TABLE'
        AND c.data_type IN ('text', 'character varying', 'json', 'jsonb')`,
  );
  const found: string[] = [];
  for (const { schema, table, column } of columns) {
    const { rows } = await pool.query(`SELECT 1 FROM "${schema}"."${table}" WHERE "${column}"::text LIKE $1 LIMIT 1`, [`%${needle}%`]);
    if (rows.length > 0) found.push(`${schema}.${table}.${column}`);
  }
  return found;
}
