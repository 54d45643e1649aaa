import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Teams gain a specialty and a leader: those projected before had neither, as the upcast of their TeamRegistered says. */
export class AddTeamSpecialtyAndLeader1765100000200 implements MigrationInterface {
  name = 'AddTeamSpecialtyAndLeader1765100000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE public.rm_teams SET data = data || jsonb_build_object('specialty', null, 'leaderId', null) WHERE NOT data ? 'leaderId'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE public.rm_teams SET data = data - 'specialty' - 'leaderId'`);
  }
}
