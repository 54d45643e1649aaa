import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { poolsProjection } from './pools.projection';

const ledger = () => {
  const collection = poolsProjection.collections.find((each) => each.name === 'beneficiary_ledger');
  if (!collection) throw new Error('the pools projection has no beneficiary_ledger collection');
  return collection;
};

/** Each resident in need's grant statement: grants, service paid from them, refunds. */
export class CreateBeneficiaryLedger1766150000100 implements MigrationInterface {
  name = 'CreateBeneficiaryLedger1766150000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of collectionDdl('public', ledger())) await queryRunner.query(statement);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(ledger().name)}`);
  }
}
