import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DomainError, rosterImportDecider, rosterImportStream, teamStream, volunteerDecider, volunteerStream } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress, VolunteerView } from '@shiji/projections';
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { Logger } from 'pino';
import { DATABASE_POOL } from '../../platform/database/database-pool';
import { ROOT_LOGGER } from '../../platform/logging/root-logger.token';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { PROJECTION_PROGRESS } from '../../projections/projection-progress.provider';
import { CommandContext, uuidFrom, type Actor } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { requireCommunity } from '../organisation/require-community';
import { readRosterFile, type RosterLine } from './roster-file';
import { RosterImportsStore, type RosterImportState } from './roster-imports.store';
import { checkRoster, type RosterContext, type RosterEntry, type RowError } from './roster-rows';
import { teamJoinsDecider } from './team-joins';

/** Rows sealed, registered and reported together. */
const BATCH = 500;
/** Registrations in flight at once: enough for the event store to group appends. */
const CONCURRENCY = 48;
/** An import whose runner has not reported for this long is taken over by the next upload of its file. */
export const STALE_SECONDS = 30;
const CATCH_UP_MS = 5_000;

export interface DryRun {
  rows: number;
  validRows: number;
  errors: RowError[];
}

/** Each import row's volunteer: derived from the import (a community and a file's hash) and the row, never from personal data. */
export const rosterVolunteerId = (importId: string, row: number): string => uuidFrom(`roster-import:${importId}:row:${row}`);

/**
 * Roster import. A dry run checks every row and writes nothing. The commit
 * is one import per community and file (its id derives from both), so the
 * same file again adds nobody: a completed import is answered as it stands,
 * and one whose process died is resumed, its rows' volunteers derived from
 * the same ids. Imports of one community run one at a time (an advisory
 * lock), and each re-checks its phones once it holds the lock.
 */
@Injectable()
export class RosterImports implements OnModuleDestroy {
  private readonly running = new Set<Promise<void>>();
  private stopping = false;

  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly vault: PersonalDataVault,
    private readonly store: RosterImportsStore,
    @Inject(DATABASE_POOL) private readonly pool: Pool,
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(ROOT_LOGGER) private readonly logger: Logger,
  ) {}

  async dryRun(communityId: string, file: Buffer, mediaType: string): Promise<DryRun> {
    await requireCommunity(this.repository, communityId);
    const lines = await readRosterFile(file, mediaType);
    const checked = checkRoster(lines, await this.contextOf(communityId, new Set()));
    return { rows: checked.rows, validRows: checked.entries.length, errors: checked.errors };
  }

  /** Starts (or resumes) the import of this file; `started` is false when the same file's import is done or under way. */
  async start(communityId: string, file: Buffer, mediaType: string, actor: Actor, correlationId: string): Promise<{ state: RosterImportState; started: boolean }> {
    await requireCommunity(this.repository, communityId);
    const fileSha256 = createHash('sha256').update(file).digest('hex');
    const importId = uuidFrom(`roster-import:${communityId}:${fileSha256}`);
    const existing = await this.store.get(importId);
    if (existing && !this.mayRun(existing)) return { state: existing, started: false };
    const lines = await readRosterFile(file, mediaType);
    const checked = checkRoster(lines, await this.contextOf(communityId, ownVolunteers(importId, lines)));
    const state = await this.store.claim({ importId, communityId, fileSha256, rows: checked.rows, validRows: checked.entries.length, errors: checked.errors, startedBy: actor }, STALE_SECONDS);
    if (!state) return { state: (await this.store.get(importId)) as RosterImportState, started: false };
    const context = this.contextFor(importId, 'start', actor, correlationId);
    await this.repository.handle(rosterImportStream(importId), rosterImportDecider, { type: 'StartRosterImport', importId, communityId, fileSha256, rows: checked.rows, validRows: checked.entries.length }, context);
    const run = this.run(state, checked.entries, checked.errors, lines, actor, correlationId).finally(() => this.running.delete(run));
    this.running.add(run);
    return { state, started: true };
  }

  /** Lets a running import finish its batch; what is left is resumed by the next upload of the file. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await Promise.allSettled([...this.running]);
  }

  private mayRun(state: RosterImportState): boolean {
    if (state.status === 'completed') return false;
    return state.status === 'failed' || Date.now() - Date.parse(state.updatedAt) > STALE_SECONDS * 1000;
  }

  private async run(state: RosterImportState, entries: RosterEntry[], refusals: RowError[], lines: readonly RosterLine[], actor: Actor, correlationId: string): Promise<void> {
    const { importId, communityId } = state;
    const errors = [...refusals];
    let processed = 0;
    let registered = 0;
    const lock = await this.pool.connect();
    try {
      await this.lockCommunity(lock, importId, communityId);
      // Another import or registration may have taken a phone since the file was checked.
      const now = await this.contextOf(communityId, ownVolunteers(importId, lines));
      for (let from = 0; from < entries.length; from += BATCH) {
        if (this.stopping) return;
        const batch: RosterEntry[] = [];
        for (const entry of entries.slice(from, from + BATCH)) {
          if (now.phones.has(entry.phone)) {
            errors.push({ row: entry.row, field: 'phone', code: 'PHONE_ALREADY_REGISTERED', message: '该手机号已登记为本社区志愿者 / A volunteer of the community is already registered with this phone' });
          } else batch.push(entry);
        }
        registered += await this.register(importId, communityId, batch, actor);
        processed += Math.min(BATCH, entries.length - from);
        await this.store.progress(importId, { processed, registered, errors });
      }
      const refused = new Set(errors.map((error) => error.row)).size;
      await this.repository.handle(rosterImportStream(importId), rosterImportDecider, { type: 'CompleteRosterImport', importId, registered, refused }, this.contextFor(importId, 'complete', actor, correlationId));
      await this.store.finish(importId, { status: 'completed' });
    } catch (error) {
      this.logger.error({ err: error, importId }, 'roster import failed');
      await this.store.finish(importId, { status: 'failed', failure: error instanceof Error ? error.message : String(error) }).catch(() => undefined);
    } finally {
      await lock.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
      lock.release();
    }
  }

  /** Waits its turn for the community, telling the status it is alive meanwhile. */
  private async lockCommunity(lock: PoolClient, importId: string, communityId: string): Promise<void> {
    for (;;) {
      const { rows } = await lock.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext('roster-import:' || $1)) AS locked", [communityId]);
      if (rows[0].locked) return;
      await this.pool.query('UPDATE roster_imports SET updated_at = now() WHERE id = $1', [importId]);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }

  /** Seals the batch's data in one statement, registers its volunteers, then adds each team's new members in one append. */
  private async register(importId: string, communityId: string, batch: readonly RosterEntry[], actor: Actor): Promise<number> {
    const ids = batch.map((entry) => rosterVolunteerId(importId, entry.row));
    const sealed = await this.vault.sealMany(batch.map((entry, index) => ({ volunteerId: ids[index], personal: { name: entry.name, phone: entry.phone } })));
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const index = next++;
        const entry = batch[index];
        const volunteerId = ids[index];
        const command = { type: 'RegisterVolunteer' as const, volunteerId, communityId, personal: sealed.get(volunteerId)!, partyMember: entry.partyMember, unitId: null };
        try {
          await this.repository.handle(volunteerStream(volunteerId), volunteerDecider, command, this.contextFor(importId, `row:${entry.row}`, actor, importId));
        } catch (error) {
          // Registered by an earlier run of this import (the id is the row's): counted, not repeated.
          if (!(error instanceof DomainError && error.code === 'VOLUNTEER_ALREADY_EXISTS')) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batch.length) }, worker));
    const members = new Map<string, string[]>();
    batch.forEach((entry, index) => entry.teamIds.forEach((teamId) => members.set(teamId, [...(members.get(teamId) ?? []), ids[index]])));
    await Promise.all(
      [...members].map(([teamId, volunteerIds]) => this.repository.handle(teamStream(teamId), teamJoinsDecider, { teamId, volunteerIds }, this.contextFor(importId, `team:${teamId}:${volunteerIds[0]}`, actor, importId))),
    );
    return batch.length;
  }

  /** Ids derived from the import and the step, so a resumed import decides the same events; all carry the import as correlation. */
  private contextFor(importId: string, step: string, actor: Actor, correlationId: string): CommandContext {
    return CommandContext.create({ actor, idempotencyKey: `roster-import:${importId}:${step}`, correlationId, now: new Date() });
  }

  /**
   * The community's volunteers' phones (opened with their keys; erased ones
   * have none) and its teams by id and by name, read once the views have
   * caught up with the log. Volunteers in `own` are this import's earlier
   * registrations, which do not count against its rows.
   */
  private async contextOf(communityId: string, own: ReadonlySet<string>): Promise<RosterContext> {
    await this.progress.waitFor(await this.events.lastCommittedPosition(), CATCH_UP_MS);
    const [volunteers, teams] = await Promise.all([
      this.pool.query<{ id: string; data: VolunteerView }>('SELECT id, data FROM rm_volunteers WHERE community_id = $1', [communityId]),
      this.pool.query<{ id: string; name: string }>("SELECT id, data->>'name' AS name FROM rm_teams WHERE community_id = $1", [communityId]),
    ]);
    const opened = await this.vault.openMany(volunteers.rows.map((row) => row.data));
    const phones = new Map<string, string>();
    for (const [volunteerId, personal] of opened) if (!personal.erased && !own.has(volunteerId)) phones.set(personal.phone, volunteerId);
    const byName = new Map<string, string>();
    for (const team of teams.rows) byName.set(team.name, team.id);
    for (const team of teams.rows) byName.set(team.id, team.id);
    return { phones, teams: byName };
  }
}

function ownVolunteers(importId: string, lines: readonly RosterLine[]): Set<string> {
  return new Set(lines.map((line) => rosterVolunteerId(importId, line.row)));
}
