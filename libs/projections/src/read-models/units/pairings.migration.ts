import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { unitsProjection } from './units.projection';

/** Pairings (结对帮扶), a collection added to the units projection (no pairing existed before it, so nothing to fill). */
export class CreatePairingsReadModel1766050000200 implements MigrationInterface {
  name = 'CreatePairingsReadModel1766050000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    const pairings = unitsProjection.collections.find((collection) => collection.name === 'pairings');
    if (!pairings) throw new Error('the units projection has no pairings collection');
    for (const statement of collectionDdl('public', pairings)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName('pairings')}`);
  }
}
