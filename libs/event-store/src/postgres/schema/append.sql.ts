/** Appends to several streams in one statement: $1 streams, $2 expected revisions, $3 events per stream, $4 bodies (migrations/append-batch-function.sql.ts). */
export const APPEND_BATCH = 'SELECT item, outcome, next_expected_revision, last_position, actual_revision, stored_event_ids FROM shiji_append_batch($1, $2, $3, $4)';

export interface AppendRow {
  item: number;
  outcome: 'appended' | 'idempotent' | 'wrong_expected_revision' | 'idempotency_mismatch';
  next_expected_revision: number | null;
  last_position: string | null;
  actual_revision: number | null;
  stored_event_ids: string[] | null;
}
