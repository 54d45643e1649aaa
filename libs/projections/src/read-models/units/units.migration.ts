import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { unitsProjection } from './units.projection';

/** Co-building units, their members and monthly records; a new projection starts from the beginning of the log, so an existing instance fills them by itself. */
export class CreateUnitsReadModel1766000000100 implements MigrationInterface {
  name = 'CreateUnitsReadModel1766000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of unitsProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of unitsProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
