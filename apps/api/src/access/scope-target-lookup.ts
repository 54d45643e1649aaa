import { Inject, Injectable } from '@nestjs/common';
import { volunteerDecider, volunteerStream } from '@shiji/domain';
import type { Pool } from 'pg';
import type { ScopeTargets, TargetFacts, TargetKind } from '../platform/auth/scope-targets.port';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { preparedStatement } from '../platform/database/prepared-statement';
import { hasUnstorableText } from '../platform/validation/validation.pipe';
import { ViewsCatchUp } from '../projections/views-catch-up';
import { EventSourcedRepository } from '../write-side/event-sourced-repository';

/** One statement per kind: the target's community and, where it has one, its owning volunteer. */
const LOOKUPS: Record<Exclude<TargetKind, 'community'>, string> = {
  volunteer: `SELECT community_id, id AS owner FROM rm_volunteers WHERE id = $1`,
  team: `SELECT community_id FROM rm_teams WHERE id = $1`,
  activity: `SELECT community_id FROM rm_activities WHERE id = $1`,
  serviceRecord: `SELECT community_id, volunteer_id AS owner FROM rm_service_records WHERE id = $1`,
  redemption: `SELECT v.community_id, r.volunteer_id AS owner FROM rm_redemptions r JOIN rm_volunteers v ON v.id = r.volunteer_id WHERE r.id = $1`,
  serviceRequest: `SELECT community_id, data->>'forVolunteerId' AS owner FROM rm_service_requests WHERE id = $1`,
  application: `SELECT community_id FROM rm_volunteer_applications WHERE id = $1`,
  rosterImport: `SELECT community_id FROM roster_imports WHERE id = $1`,
  unit: `SELECT community_id FROM rm_units WHERE id = $1`,
  serviceProject: `SELECT community_id FROM rm_service_projects WHERE id = $1`,
  agreement: `SELECT community_id FROM rm_agreements WHERE id = $1`,
  pairing: `SELECT community_id FROM rm_pairings WHERE id = $1`,
  need: `SELECT community_id FROM rm_needs WHERE id = $1`,
  // A unit's records: the unit's community, owned by the volunteer linked as its liaison officer (none: owned by no volunteer).
  unitRecord: `SELECT community_id, data->>'liaisonVolunteerId' AS owner FROM rm_units WHERE id = $1`,
};

const OWNED = new Set<TargetKind>(['volunteer', 'serviceRecord', 'redemption', 'serviceRequest', 'unitRecord']);

/**
 * Targets' communities. A volunteer's comes from their own stream, as the
 * command handlers read it (kept in memory while the log shows nothing newer,
 * so usually no round trip, and never behind the log like a view); the
 * others' from the read models. A target missing from a view may be a moment
 * old: the views first catch up to the last committed event, so a fresh
 * target is never waved through for want of a row; and a reader who has seen
 * a position (X-Min-Position) is judged on views that have applied it.
 */
@Injectable()
export class ScopeTargetLookup implements ScopeTargets {
  constructor(
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    private readonly views: ViewsCatchUp,
    private readonly repository: EventSourcedRepository,
  ) {}

  async resolve(kind: Exclude<TargetKind, 'community'>, id: string, seenPosition?: number): Promise<TargetFacts | null> {
    // No stored id holds text PostgreSQL cannot store; validation refuses it after the guard.
    if (hasUnstorableText(id)) return null;
    if (kind === 'volunteer') return this.volunteer(id);
    return this.views.find(() => this.lookup(kind, id), seenPosition);
  }

  private async volunteer(volunteerId: string): Promise<TargetFacts | null> {
    const { state } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    return state.exists ? { communityId: state.communityId, owner: volunteerId } : null;
  }

  private async lookup(kind: Exclude<TargetKind, 'community'>, id: string): Promise<TargetFacts | null> {
    const { rows } = await this.pool.query<{ community_id: string | null; owner?: string | null }>(preparedStatement(LOOKUPS[kind], [id]));
    const row = rows[0];
    if (!row || row.community_id === null) return null;
    return OWNED.has(kind) ? { communityId: row.community_id, owner: row.owner ?? null } : { communityId: row.community_id };
  }
}
