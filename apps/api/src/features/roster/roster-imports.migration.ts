import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Roster imports under way and done: the progress and row errors an import's status shows. */
export class CreateRosterImports1765200000400 implements MigrationInterface {
  name = 'CreateRosterImports1765200000400';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE roster_imports (
        id text PRIMARY KEY,
        community_id text NOT NULL,
        file_sha256 text NOT NULL,
        status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
        rows integer NOT NULL,
        valid_rows integer NOT NULL,
        processed integer NOT NULL DEFAULT 0,
        registered integer NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        started_by jsonb NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        failure text
      )`);
    await queryRunner.query('CREATE INDEX roster_imports_community_idx ON roster_imports (community_id, started_at)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE roster_imports');
  }
}
