import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAppendFunction, dropAppendFunction } from './append-function.sql';
import { createEventsTable, dropEventsTable } from './events-table.sql';
import { createReservePositionsFunction, dropReservePositionsFunction } from './reserve-positions.sql';

export class CreateEventStore1763700000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(createEventsTable);
    await queryRunner.query(createReservePositionsFunction);
    await queryRunner.query(createAppendFunction);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(dropAppendFunction);
    await queryRunner.query(dropReservePositionsFunction);
    await queryRunner.query(dropEventsTable);
  }
}
