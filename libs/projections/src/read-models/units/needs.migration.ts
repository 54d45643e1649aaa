import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { unitsProjection } from './units.projection';

/** Residents' needs (需求清单), a collection added to the units projection (no need existed before it, so nothing to fill). */
export class CreateNeedsReadModel1766050000300 implements MigrationInterface {
  name = 'CreateNeedsReadModel1766050000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    const needs = unitsProjection.collections.find((collection) => collection.name === 'needs');
    if (!needs) throw new Error('the units projection has no needs collection');
    for (const statement of collectionDdl('public', needs)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName('needs')}`);
  }
}
