import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a certificate states beyond its totals since 149号: its number, the
 * issuer as printed, and the service dates. Certificates issued before have
 * none of them (null), and their check says so.
 */
export class AddIssuedCertificateDetails1766200000200 implements MigrationInterface {
  name = 'AddIssuedCertificateDetails1766200000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE issued_certificates
        ADD COLUMN certificate_number text,
        ADD COLUMN issuer jsonb,
        ADD COLUMN first_service_day text,
        ADD COLUMN last_service_day text`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE issued_certificates DROP COLUMN certificate_number, DROP COLUMN issuer, DROP COLUMN first_service_day, DROP COLUMN last_service_day');
  }
}
