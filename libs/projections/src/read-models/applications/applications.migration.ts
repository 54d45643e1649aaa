import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { applicationsProjection } from './applications.projection';

/** Volunteer applications awaiting review, and their outcomes. */
export class CreateApplicationsReadModel1765200000100 implements MigrationInterface {
  name = 'CreateApplicationsReadModel1765200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of applicationsProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of applicationsProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
