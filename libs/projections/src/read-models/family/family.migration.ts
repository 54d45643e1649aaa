import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { familyProjection } from './family.projection';

/** Volunteers' declared family members (gifts go only to confirmed ones). */
export class CreateFamilyReadModel1766100000100 implements MigrationInterface {
  name = 'CreateFamilyReadModel1766100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of familyProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of familyProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
