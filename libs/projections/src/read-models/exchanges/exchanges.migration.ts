import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { exchangesProjection } from './exchanges.projection';

/** The exchanges' read models: redemptions, the service-request queue, partners, rewards and claims. */
export class CreateExchangeReadModels1763800000200 implements MigrationInterface {
  name = 'CreateExchangeReadModels1763800000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of exchangesProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of exchangesProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
