import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Seal images by SHA-256: stored once, named by a community's certificate issuer. Not a read model: uploads are not events. */
export class CreateSealImages1766200000100 implements MigrationInterface {
  name = 'CreateSealImages1766200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE seal_images (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        png bytea NOT NULL,
        width integer NOT NULL,
        height integer NOT NULL,
        uploaded_by text NOT NULL,
        uploaded_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE seal_images');
  }
}
