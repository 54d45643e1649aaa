import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a volunteer has read of their feed, and which notifications went out
 * by SMS. Neither is a fact of the time bank, so neither is in the log; a
 * rebuilt feed keeps its ids (they derive from the events), so both stay true.
 */
export class CreateNotificationTables1765200000500 implements MigrationInterface {
  name = 'CreateNotificationTables1765200000500';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE notification_reads (
        volunteer_id text NOT NULL,
        notification_id text NOT NULL,
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (volunteer_id, notification_id)
      )`);
    await queryRunner.query(`
      CREATE TABLE notification_deliveries (
        notification_id text PRIMARY KEY,
        position bigint NOT NULL,
        channel text NOT NULL,
        outcome text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query('CREATE INDEX notification_deliveries_position_idx ON notification_deliveries (position)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE notification_deliveries');
    await queryRunner.query('DROP TABLE notification_reads');
  }
}
