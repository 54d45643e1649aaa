/**
 * A read-model collection: one table of JSON documents keyed by id, with the
 * log position that last changed each document. Columns listed in `columns`
 * are generated from the document so queries can filter and sort on them.
 */
export interface CollectionDefinition {
  name: string;
  columns: readonly GeneratedColumn[];
}

export interface GeneratedColumn {
  name: string;
  /** A SQL expression over `data`, e.g. `(data->>'communityId')`. */
  expression: string;
  type: 'text' | 'integer' | 'bigint' | 'boolean' | 'timestamptz';
  indexed?: boolean;
}

export const tableName = (collection: string): string => `rm_${collection}`;

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`Not a safe SQL identifier: ${name}`);
  return name;
}

/** DDL for one collection in `schema`; identifiers are checked, never interpolated from input. */
export function collectionDdl(schema: string, collection: CollectionDefinition): string[] {
  const table = `${identifier(schema)}.${identifier(tableName(collection.name))}`;
  const generated = collection.columns.map(
    (column) => `, ${identifier(column.name)} ${column.type} GENERATED ALWAYS AS (${column.expression}) STORED`,
  );
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (id text PRIMARY KEY, data jsonb NOT NULL, position bigint NOT NULL${generated.join('')})`,
    ...collection.columns
      .filter((column) => column.indexed)
      .map((column) => `CREATE INDEX IF NOT EXISTS ${identifier(`${tableName(collection.name)}_${column.name}_idx`)} ON ${table} (${identifier(column.name)})`),
  ];
}

export function checkpointDdl(schema: string): string {
  return `CREATE TABLE IF NOT EXISTS ${identifier(schema)}.projection_checkpoints (name text PRIMARY KEY, position bigint NOT NULL, updated_at timestamptz NOT NULL DEFAULT now())`;
}

export { identifier as sqlIdentifier };
