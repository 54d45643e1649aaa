import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which volunteer of a community registered which phone, as a keyed digest
 * (HMAC-SHA256 under a key kept in phone_claim_key), so a registration can
 * refuse a phone already registered without opening anyone's personal data.
 * An erasure deletes the volunteer's rows with their personal-data key.
 */
export class CreateVolunteerPhoneClaims1765300000100 implements MigrationInterface {
  name = 'CreateVolunteerPhoneClaims1765300000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE phone_claim_key (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        key bytea NOT NULL CHECK (octet_length(key) = 32)
      )`);
    await queryRunner.query(`
      CREATE TABLE volunteer_phone_claims (
        community_id text NOT NULL,
        phone_digest bytea NOT NULL,
        volunteer_id text NOT NULL,
        claimed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (community_id, phone_digest, volunteer_id)
      )`);
    await queryRunner.query('CREATE INDEX volunteer_phone_claims_volunteer ON volunteer_phone_claims (volunteer_id)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE IF EXISTS volunteer_phone_claims');
    await queryRunner.query('DROP TABLE IF EXISTS phone_claim_key');
  }
}
