import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { staffProjection } from './staff.projection';

/**
 * The staff read model, and volunteers' views without personal data in the
 * clear: their name column goes (the document now holds the sealed data,
 * opened at query time). Run `cli replay` after it on an existing instance.
 */
export class CreateStaffReadModel1764000000100 implements MigrationInterface {
  name = 'CreateStaffReadModel1764000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of staffProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
    await queryRunner.query('ALTER TABLE public.rm_volunteers DROP COLUMN IF EXISTS name');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of staffProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
