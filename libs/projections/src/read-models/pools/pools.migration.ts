import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { poolsProjection } from './pools.projection';

/** Community donation pools, their statements, and the residents in need they grant to. */
export class CreatePoolsReadModel1766100000200 implements MigrationInterface {
  name = 'CreatePoolsReadModel1766100000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of poolsProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of poolsProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
