import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issued service-record certificates, by verification code. Not a read model:
 * issuing is not an event, so a replay must not (and cannot) rebuild it.
 */
export class CreateIssuedCertificates1763800000300 implements MigrationInterface {
  name = 'CreateIssuedCertificates1763800000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE issued_certificates (
        code text PRIMARY KEY,
        volunteer_id text NOT NULL,
        year integer NOT NULL,
        digest text NOT NULL,
        totals jsonb NOT NULL,
        community_id text NOT NULL,
        community_name text NOT NULL,
        issued_on text NOT NULL,
        issued_at timestamptz NOT NULL,
        issued_by text NOT NULL
      )`);
    await queryRunner.query('CREATE INDEX issued_certificates_volunteer_year_idx ON issued_certificates (volunteer_id, year)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE issued_certificates');
  }
}
