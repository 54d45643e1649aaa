import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { transfersProjection } from './transfers.projection';

/** Moves between two accounts (a redemption that pays its provider) and whether each has settled. */
export class CreateTransfersReadModel1764900000200 implements MigrationInterface {
  name = 'CreateTransfersReadModel1764900000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of transfersProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of transfersProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
