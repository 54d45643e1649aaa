import { Inject, Injectable } from '@nestjs/common';
import { DomainError, unitDecider, unitStream } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import { PROJECTION_PROGRESS } from '../../projections/projection-progress.provider';
import { ReadModels } from '../../read-side/read-models';
import type { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { requireViewsCaughtUp } from './views-caught-up';

const CATCH_UP_MS = 10_000;

export interface FreeTextMigration {
  /** The units this run registered, each with how many volunteers name it. */
  units: Array<{ unitId: string; communityId: string; volunteers: number }>;
  /** Volunteers whose unit still resolves to no unit afterwards: 0 once every run has finished. */
  unresolved: number;
  position: number | null;
}

/**
 * Before units were registered, a volunteer's unit was whatever text staff
 * typed. Each distinct text becomes a unit whose id is that text, so every
 * volunteer's unitId resolves without rewriting a single volunteer event:
 * nothing is lost and a replay gives the same views. The unit is placed in
 * the community most of its volunteers live in (the first by id on a tie),
 * named by the text, of kind "other", for staff to complete. Running it again
 * registers only what is still missing.
 */
@Injectable()
export class FreeTextUnits {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly readModels: ReadModels,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async migrate(context: CommandContext): Promise<FreeTextMigration> {
    await requireViewsCaughtUp(this.progress, this.store);
    const { rows } = await this.readModels.pool.query<{ unit_id: string; community_id: string; volunteers: number }>(
      `SELECT DISTINCT ON (m.unit_id) m.unit_id, m.community_id, (count(*) OVER (PARTITION BY m.unit_id))::int AS volunteers
       FROM (SELECT unit_id, community_id, count(*) AS here FROM rm_unit_members WHERE unit_id IS NOT NULL GROUP BY unit_id, community_id) m
       WHERE NOT EXISTS (SELECT 1 FROM rm_units u WHERE u.id = m.unit_id)
       ORDER BY m.unit_id, m.here DESC, m.community_id`,
    );
    const outcome: FreeTextMigration = { units: [], unresolved: 0, position: null };
    for (const row of rows) {
      const volunteers = await this.volunteersNaming(row.unit_id);
      const command = { type: 'RegisterUnit' as const, unitId: row.unit_id, communityId: row.community_id, name: row.unit_id, kind: 'other' as const, partyOrganisation: null, liaison: null, fromFreeText: true };
      try {
        const { position } = await this.repository.handle(unitStream(row.unit_id), unitDecider, command, context);
        outcome.units.push({ unitId: row.unit_id, communityId: row.community_id, volunteers });
        outcome.position = Math.max(outcome.position ?? 0, position ?? 0);
      } catch (error) {
        // Registered meanwhile (by staff, or a run beside this one): it resolves, which is all that is wanted.
        if (!(error instanceof DomainError && error.code === 'UNIT_ALREADY_EXISTS')) throw error;
      }
    }
    if (outcome.position !== null) await this.progress.waitFor(outcome.position, CATCH_UP_MS);
    const unresolved = await this.readModels.pool.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM rm_unit_members m WHERE m.unit_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM rm_units u WHERE u.id = m.unit_id)',
    );
    outcome.unresolved = unresolved.rows[0].n;
    return outcome;
  }

  private async volunteersNaming(unitId: string): Promise<number> {
    const { rows } = await this.readModels.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM rm_unit_members WHERE unit_id = $1', [unitId]);
    return rows[0].n;
  }
}
