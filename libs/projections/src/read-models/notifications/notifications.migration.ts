import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl, tableName } from '../../runner/collection';
import { notificationsProjection } from './notifications.projection';

/** Volunteers' notification feeds; a new projection starts from the beginning of the log, so an existing instance fills them by itself. */
export class CreateNotificationsReadModel1765200000200 implements MigrationInterface {
  name = 'CreateNotificationsReadModel1765200000200';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const collection of notificationsProjection.collections) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const collection of notificationsProjection.collections) await queryRunner.query(`DROP TABLE IF EXISTS public.${tableName(collection.name)}`);
  }
}
