import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Activities gain a capacity, a series and a waiting list: those projected
 * before had no limit, belonged to no series and had nobody waiting, as the
 * upcast of their ActivityPublished says; a replay gives the same.
 */
export class AddActivityCapacity1765100000100 implements MigrationInterface {
  name = 'AddActivityCapacity1765100000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE public.rm_activities SET data = data || jsonb_build_object('capacity', null, 'seriesId', null, 'waiting', '[]'::jsonb) WHERE NOT data ? 'waiting'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE public.rm_activities SET data = data - 'capacity' - 'seriesId' - 'waiting'`);
  }
}
