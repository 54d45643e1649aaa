import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAppendFunction } from './append-function.sql';

/**
 * Installs the current shiji_append body on databases created before it
 * changed. The signature and every outcome are unchanged (see the note in
 * append-function.sql.ts), so an earlier body is never needed back and down()
 * has nothing to do.
 */
export class ReplaceAppendFunction1764500000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(createAppendFunction);
  }

  async down(): Promise<void> {
    // Deliberately empty: see the class comment.
  }
}
