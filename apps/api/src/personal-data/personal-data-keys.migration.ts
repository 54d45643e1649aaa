import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One AES-256 key per volunteer; deleting the row erases their personal data from the log, views and exports. */
export class CreatePersonalDataKeys1764000000200 implements MigrationInterface {
  name = 'CreatePersonalDataKeys1764000000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE personal_data_keys (
        volunteer_id text PRIMARY KEY,
        key bytea NOT NULL CHECK (octet_length(key) = 32),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS personal_data_keys');
  }
}
