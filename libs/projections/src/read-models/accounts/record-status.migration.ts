import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Service records gain a status (pending, verified, rejected), a rejection
 * and whether the volunteer reported them: records projected before say so
 * too. Until now only staff recorded and nothing was rejected, so each is
 * staff-recorded and pending or verified as it stands; a replay gives the same.
 */
export class AddServiceRecordStatus1765100000000 implements MigrationInterface {
  name = 'AddServiceRecordStatus1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE public.rm_service_records
          SET data = data || jsonb_build_object('status', CASE WHEN (data->>'verified')::boolean THEN 'verified' ELSE 'pending' END, 'rejection', null, 'selfReported', false)
        WHERE NOT data ? 'status'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE public.rm_service_records SET data = data - 'status' - 'rejection' - 'selfReported'`);
  }
}
