import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAppendBatchFunction, dropAppendBatchFunction } from './append-batch-function.sql';
import { createAppendFunction } from './append-function.sql';

/**
 * shiji_append_batch, and shiji_append rewritten as a batch of one, so the
 * rules of an append live in one function body. Same signature, same
 * outcomes; a batch of one costs what the old body did.
 */
const appendAsBatchOfOne = `
CREATE OR REPLACE FUNCTION shiji_append(p_stream_id text, p_expected text, p_bodies text[])
RETURNS TABLE (outcome text, next_expected_revision integer, last_position bigint, actual_revision integer, stored_event_ids text[])
LANGUAGE sql AS $$
  SELECT b.outcome, b.next_expected_revision, b.last_position, b.actual_revision, b.stored_event_ids
    FROM shiji_append_batch(ARRAY[p_stream_id], ARRAY[p_expected], ARRAY[coalesce(cardinality(p_bodies), 0)], p_bodies) AS b;
$$;
`;

export class AddAppendBatchFunction1764600000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(createAppendBatchFunction);
    await queryRunner.query(appendAsBatchOfOne);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The standalone body first: it must not depend on the function dropped next.
    await queryRunner.query(createAppendFunction);
    await queryRunner.query(dropAppendBatchFunction);
  }
}
