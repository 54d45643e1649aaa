import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { correctionsProjection } from './corrections.projection';

/** Correction requests (异议) and their answers. */
export class CreateCorrectionRequestsReadModel1766250000100 implements MigrationInterface {
  name = 'CreateCorrectionRequestsReadModel1766250000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of correctionsProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of correctionsProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
