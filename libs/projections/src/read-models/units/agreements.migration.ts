import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { unitsProjection } from './units.projection';

/** Co-building agreements, a collection added to the units projection (no agreement existed before it, so nothing to fill). */
export class CreateAgreementsReadModel1766050000100 implements MigrationInterface {
  name = 'CreateAgreementsReadModel1766050000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const agreements = unitsProjection.collections.find((collection) => collection.name === 'agreements');
    if (!agreements) throw new Error('the units projection has no agreements collection');
    for (const statement of collectionDdl('public', agreements)) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName('agreements')}`);
  }
}
