import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditFilterIndexes, dropAuditFilterIndexes } from './audit-filter-indexes.sql';

/**
 * Expression indexes for the audit log's community, actor and volunteer
 * filters. Built inside the migration's transaction, so appends wait while
 * they are built on an existing log (about a minute per index at ten
 * million events on two cores).
 */
export class AddAuditFilterIndexes1766400000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(createAuditFilterIndexes);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(dropAuditFilterIndexes);
  }
}
