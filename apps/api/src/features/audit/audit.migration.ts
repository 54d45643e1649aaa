import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Background verification results and the record of who read what through the audit routes. */
export class CreateAuditTables1763900000500 implements MigrationInterface {
  name = 'CreateAuditTables1763900000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_verifications (
        id uuid PRIMARY KEY,
        status text NOT NULL CHECK (status IN ('running', 'equal', 'different', 'failed')),
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        report jsonb,
        error text
      )`);
    await queryRunner.query(`
      CREATE TABLE audit_access_log (
        id bigserial PRIMARY KEY,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        method text NOT NULL,
        path text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX audit_access_log_actor_idx ON audit_access_log (actor_id, id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_access_log');
    await queryRunner.query('DROP TABLE audit_verifications');
  }
}
