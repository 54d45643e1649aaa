import { Injectable } from '@nestjs/common';
import { activityDecider, activityStream, DomainError, requireActivity, teamDecider, teamStream, volunteerDecider, volunteerStream } from '@shiji/domain';
import type { Actor } from '../../platform/auth/actor';
import { decideAccess } from '../../platform/auth/access-policy';
import { ForbiddenError } from '../../platform/auth/forbidden.error';
import { bilingual } from '../../platform/errors/bilingual';
import { problemForDomainError } from '../../platform/errors/domain-problems';
import { PROBLEMS } from '../../platform/errors/problem-catalog';
import type { ProblemError } from '../../platform/errors/problem.error';
import type { CommandContext } from '../../write-side/command-context';
import { EventSourcedRepository } from '../../write-side/event-sourced-repository';
import { ServiceRecording } from '../service-records/service-recording';

/** Rows recorded at once: enough to keep the database busy, few enough to leave the pool to other requests. */
const CONCURRENT_ROWS = 8;
const MINUTE_MS = 60_000;

export interface AttendanceRowInput {
  volunteerId: string;
  minutes?: number;
}

/** Every row names all its fields: the record's id when recorded, the refusal's code and message when refused. */
export type AttendanceRowOutcome =
  | { volunteerId: string; minutes: number; outcome: 'recorded'; recordId: string; code: null; message: null }
  | { volunteerId: string; minutes: number; outcome: 'refused'; recordId: null; code: string; message: string };

export interface AttendanceOutcome {
  activityId: string;
  recorded: number;
  refused: number;
  rows: AttendanceRowOutcome[];
  position: number | null;
}

/**
 * A whole activity's attendance in one request: each row recorded and
 * verified by the rules of a single record (and the access rules of one;
 * recorded unverified when the team's leader sends it),
 * refused alone with its code when it breaks one. Every row's record id is
 * taken from the context in row order before any is recorded, so a keyed
 * retry (after a crash midway, say) decides the same ids and finds the rows
 * already recorded instead of recording them twice.
 */
@Injectable()
export class Attendance {
  constructor(
    private readonly repository: EventSourcedRepository,
    private readonly recording: ServiceRecording,
  ) {}

  async record(context: CommandContext, actor: Actor, activityId: string, given: readonly AttendanceRowInput[] | undefined): Promise<AttendanceOutcome> {
    const { state } = await this.repository.load(activityStream(activityId), activityDecider);
    const activity = requireActivity(state, activityId);
    // A volunteer records only as the leader of the activity's team; staff verify what a leader records.
    const leader = actor.role === 'volunteer';
    if (leader && (activity.teamId === null || (await this.leaderOf(activity.teamId)) !== actor.id)) {
      throw new ForbiddenError({ zh: '只有该活动所属服务队的队长可以登记出勤', en: 'Only the leader of the activity\'s team may record its attendance' });
    }
    if (activity.cancelled) throw new DomainError('ACTIVITY_CANCELLED', { activityId });
    const startedAt = new Date(activity.startsAt);
    const length = Math.round((new Date(activity.endsAt).getTime() - startedAt.getTime()) / MINUTE_MS);
    const rows = (given ?? [...activity.participants].map((volunteerId): AttendanceRowInput => ({ volunteerId }))).map((row) => ({ volunteerId: row.volunteerId, minutes: row.minutes ?? length }));
    const recordIds = rows.map(() => context.newId('record'));

    const outcomes: AttendanceRowOutcome[] = new Array(rows.length);
    let position: number | null = null;
    let next = 0;
    const worker = async (): Promise<void> => {
      for (let index = next++; index < rows.length; index = next++) {
        const row = rows[index];
        try {
          const refusal = await this.refusalOf(actor, row.volunteerId, leader);
          if (refusal) {
            outcomes[index] = { ...row, outcome: 'refused', recordId: null, ...refusal };
            continue;
          }
          const recorded = await this.recording.record(
            context,
            { volunteerId: row.volunteerId, activityId, category: null, description: null, startedAt, minutes: row.minutes, verify: !leader, redemptionId: null },
            recordIds[index],
          );
          outcomes[index] = { ...row, outcome: 'recorded', recordId: recorded.recordId, code: null, message: null };
          if (recorded.position !== null) position = Math.max(position ?? 0, recorded.position);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          outcomes[index] = { ...row, outcome: 'refused', recordId: null, ...asRefusal(problemForDomainError(error)) };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_ROWS, rows.length) }, worker));
    const recorded = outcomes.filter((row) => row.outcome === 'recorded').length;
    return { activityId, recorded, refused: outcomes.length - recorded, rows: outcomes, position };
  }

  private async leaderOf(teamId: string): Promise<string | null> {
    const { state: team } = await this.repository.load(teamStream(teamId), teamDecider);
    return team.exists ? team.leaderId : null;
  }

  /**
   * A row is recorded only for a volunteer the caller could record for alone
   * (staff: of one of their communities); a team leader records for whoever
   * took part in the team's activity.
   */
  private async refusalOf(actor: Actor, volunteerId: string, leader: boolean): Promise<Refusal | null> {
    const { state: volunteer } = await this.repository.load(volunteerStream(volunteerId), volunteerDecider);
    if (!volunteer.exists) return asRefusal(problemForDomainError(new DomainError('VOLUNTEER_NOT_FOUND', { volunteerId })));
    if (leader) return null;
    const decision = decideAccess(actor, { targets: [{ kind: 'volunteer', id: volunteerId, communityId: volunteer.communityId, owner: volunteerId }] });
    return decision.allowed ? null : { code: PROBLEMS.OUT_OF_SCOPE.code, message: bilingual(decision.reason) };
  }
}

interface Refusal {
  code: string;
  message: string;
}

function asRefusal(problem: ProblemError): Refusal {
  return { code: problem.code, message: bilingual(problem.title) };
}
