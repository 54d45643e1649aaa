import { volunteerNumber } from '@shiji/domain';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { collectionDdl } from '../../runner/collection';
import { directoryProjection } from './directory.projection';

/**
 * Volunteers gain a readable number. Those projected before get the number a
 * replay gives them: their place among their community's `VolunteerRegistered`
 * events in log order (the log is read when it lives beside the read models),
 * and each community's counter is set to the last number given.
 */
export class AddVolunteerNumbers1766260000100 implements MigrationInterface {
  name = 'AddVolunteerNumbers1766260000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    const counters = directoryProjection.collections.filter((collection) => collection.name === 'volunteer_numbers');
    for (const collection of counters) {
      for (const statement of collectionDdl('public', collection)) await queryRunner.query(statement);
    }
    const [{ log }] = (await queryRunner.query(`SELECT to_regclass('public.shiji_events') IS NOT NULL AS log`)) as Array<{ log: boolean }>;
    if (!log) return;
    const registrations = (await queryRunner.query(
      `SELECT data->>'volunteerId' AS "volunteerId", data->>'communityId' AS "communityId", position::text AS position
         FROM public.shiji_events WHERE type = 'VolunteerRegistered' ORDER BY shiji_events.position`,
    )) as Array<{ volunteerId: string; communityId: string; position: string }>;
    const last = new Map<string, { sequence: number; position: string }>();
    for (const { volunteerId, communityId, position } of registrations) {
      const sequence = (last.get(communityId)?.sequence ?? 0) + 1;
      last.set(communityId, { sequence, position });
      await queryRunner.query(
        `UPDATE public.rm_volunteers SET data = data || jsonb_build_object('volunteerNumber', $2::text) WHERE id = $1 AND NOT data ? 'volunteerNumber'`,
        [volunteerId, volunteerNumber(communityId, sequence)],
      );
    }
    for (const [communityId, { sequence, position }] of last) {
      await queryRunner.query(
        `INSERT INTO public.rm_volunteer_numbers (id, data, position) VALUES ($1, jsonb_build_object('communityId', $1::text, 'last', $2::int), $3::bigint) ON CONFLICT (id) DO NOTHING`,
        [communityId, sequence, position],
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE public.rm_volunteers SET data = data - 'volunteerNumber'`);
    await queryRunner.query('DROP TABLE IF EXISTS public.rm_volunteer_numbers');
  }
}
