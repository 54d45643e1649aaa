import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which api instance holds a pending claim, so a retry can tell a crashed
 * request from a running one; and 'failed', for a request that failed after
 * appending something, whose retry must look for what it appended.
 */
export class AddIdempotencyOwnerAndFailed1764900000100 implements MigrationInterface {
  name = 'AddIdempotencyOwnerAndFailed1764900000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE idempotency_keys ADD COLUMN owner text');
    await queryRunner.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_state_check,
      ADD CONSTRAINT idempotency_keys_state_check CHECK (state IN ('pending', 'done', 'failed'))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM idempotency_keys WHERE state = 'failed'`);
    await queryRunner.query(`ALTER TABLE idempotency_keys DROP CONSTRAINT idempotency_keys_state_check,
      ADD CONSTRAINT idempotency_keys_state_check CHECK (state IN ('pending', 'done'))`);
    await queryRunner.query('ALTER TABLE idempotency_keys DROP COLUMN owner');
  }
}
