import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When each client address last applied to volunteer: the public form's limit per address. */
export class CreateApplicationSubmissions1765200000300 implements MigrationInterface {
  name = 'CreateApplicationSubmissions1765200000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE volunteer_application_submissions (address text NOT NULL, at timestamptz NOT NULL DEFAULT now())');
    await queryRunner.query('CREATE INDEX volunteer_application_submissions_address_idx ON volunteer_application_submissions (address, at)');
    await queryRunner.query('CREATE INDEX volunteer_application_submissions_at_idx ON volunteer_application_submissions (at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE volunteer_application_submissions');
  }
}
