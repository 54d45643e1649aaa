import { requireActivity, type Activity } from '../activity/activity.decider';
import type { ServiceCategory } from '../activity/service-category';
import { DomainError } from '../shared/domain-error';
import { isWholeMinutes, MAX_MINUTES_PER_RECORD } from '../shared/minutes';
import { requireActiveVolunteer, type Volunteer } from '../volunteer/volunteer.decider';
import type { ServiceCorrected, ServiceRecorded, ServiceRejected, ServiceVerified } from './account.events';
import type { CreditCapped } from './gift.events';
import type { TimeAccount } from './account.state';
import { findOverlappingRecord } from './service-overlap';

export type RecordService = {
  type: 'RecordService';
  recordId: string;
  volunteerId: string;
  volunteer: Volunteer;
  /** The published activity the service belongs to, or null for ad-hoc help. */
  activity: Activity | null;
  activityId: string | null;
  /** Required for ad-hoc help; an activity's own category wins otherwise. */
  category: ServiceCategory | null;
  description: string | null;
  startedAt: Date;
  minutes: number;
  verify: boolean;
  redemptionId: string | null;
  now: Date;
  recordedBy: string | null;
  /** The policy's requireSeparateVerifier: whoever records cannot verify in the same step. */
  requireSeparateVerifier: boolean;
  /** The street's storage cap, where it sets one. */
  creditCap?: CreditCap;
};

export type VerifyService = { type: 'VerifyService'; volunteerId: string; recordId: string; verifiedBy: string; requireSeparateVerifier: boolean; creditCap?: CreditCap };

/** Policy: credit stored past capMinutes is not stored (discard) or goes to the community pool. Lifetime minutes are never capped. */
export interface CreditCap {
  capMinutes: number;
  excessTo: 'discard' | 'pool';
}

/** What a deposit of `minutes` leaves past the cap, given the credit before it. */
function capped(account: TimeAccount, cap: CreditCap | undefined, deposit: { recordId: string; volunteerId: string; communityId: string; minutes: number; capId?: string }): CreditCapped[] {
  if (!cap) return [];
  const excess = Math.min(deposit.minutes, Math.max(0, account.creditMinutes + deposit.minutes - cap.capMinutes));
  return excess === 0 ? [] : [{ type: 'CreditCapped', data: { ...deposit, minutes: excess, capMinutes: cap.capMinutes, excessTo: cap.excessTo } }];
}

export type RejectService = { type: 'RejectService'; volunteerId: string; recordId: string; reason: string };

export type CorrectService = { type: 'CorrectService'; volunteerId: string; recordId: string; minutes: number; reason: string; creditCap?: CreditCap };

const MINUTE_MS = 60_000;

export function recordService(command: RecordService, account: TimeAccount): (ServiceRecorded | ServiceVerified | CreditCapped)[] {
  const volunteer = requireActiveVolunteer(command.volunteer, command.volunteerId);
  if (!isWholeMinutes(command.minutes, 1, MAX_MINUTES_PER_RECORD)) {
    throw new DomainError('INVALID_MINUTES', { minutes: command.minutes, min: 1, max: MAX_MINUTES_PER_RECORD });
  }
  if (account.records.has(command.recordId)) throw new DomainError('SERVICE_RECORD_ALREADY_EXISTS', { recordId: command.recordId });

  const startMs = command.startedAt.getTime();
  const endMs = startMs + command.minutes * MINUTE_MS;
  if (endMs > command.now.getTime()) {
    throw new DomainError('SERVICE_IN_FUTURE', { startedAt: command.startedAt.toISOString(), minutes: command.minutes });
  }

  let communityId = volunteer.communityId;
  let category = command.category;
  if (command.activityId !== null) {
    const activity = requireActivity(command.activity ?? { exists: false }, command.activityId);
    if (activity.cancelled) throw new DomainError('ACTIVITY_CANCELLED', { activityId: command.activityId });
    if (!activity.participants.has(command.volunteerId)) {
      throw new DomainError('NOT_SIGNED_UP', { activityId: command.activityId, volunteerId: command.volunteerId });
    }
    if (startMs < new Date(activity.startsAt).getTime() || endMs > new Date(activity.endsAt).getTime()) {
      throw new DomainError('SERVICE_OUTSIDE_ACTIVITY', { activityId: command.activityId, startsAt: activity.startsAt, endsAt: activity.endsAt });
    }
    communityId = activity.communityId;
    category = activity.category;
  }
  if (category === null) throw new DomainError('CATEGORY_REQUIRED', { recordId: command.recordId });

  // No overlap also bounds a Shanghai day to 24 hours: disjoint intervals inside one day sum to at most 1,440 minutes.
  const overlapping = findOverlappingRecord(account, startMs, command.minutes);
  if (overlapping) throw new DomainError('OVERLAPPING_SERVICE', { conflictingRecordId: overlapping });

  const recorded: ServiceRecorded = {
    type: 'ServiceRecorded',
    data: {
      recordId: command.recordId,
      volunteerId: command.volunteerId,
      communityId,
      activityId: command.activityId,
      category,
      description: command.description,
      startedAt: command.startedAt.toISOString(),
      minutes: command.minutes,
      redemptionId: command.redemptionId,
      recordedBy: command.recordedBy,
    },
  };
  if (!command.verify) return [recorded];
  if (command.requireSeparateVerifier) throw new DomainError('SEPARATE_VERIFIER_REQUIRED', { recordId: command.recordId });
  return [
    recorded,
    { type: 'ServiceVerified', data: { recordId: command.recordId, volunteerId: command.volunteerId, minutes: command.minutes, verifiedBy: command.recordedBy } },
    ...capped(account, command.creditCap, { recordId: command.recordId, volunteerId: command.volunteerId, communityId, minutes: command.minutes }),
  ];
}

function requireRecord(account: TimeAccount, recordId: string) {
  const record = account.records.get(recordId);
  if (!record) throw new DomainError('SERVICE_RECORD_NOT_FOUND', { recordId });
  return record;
}

/** A record still standing: a rejected one is neither verified nor corrected. */
function requireStandingRecord(account: TimeAccount, recordId: string) {
  const record = requireRecord(account, recordId);
  if (record.rejected) throw new DomainError('SERVICE_RECORD_REJECTED', { recordId });
  return record;
}

/** Verifying an already verified record is a no-op, so a retried verification never deposits twice. */
export function verifyService(command: VerifyService, account: TimeAccount): Array<ServiceVerified | CreditCapped> {
  const record = requireStandingRecord(account, command.recordId);
  if (record.verified) return [];
  if (command.requireSeparateVerifier && record.recordedBy === command.verifiedBy) {
    throw new DomainError('SEPARATE_VERIFIER_REQUIRED', { recordId: record.recordId });
  }
  return [
    { type: 'ServiceVerified', data: { recordId: record.recordId, volunteerId: command.volunteerId, minutes: record.minutes, verifiedBy: command.verifiedBy } },
    ...capped(account, command.creditCap, { recordId: record.recordId, volunteerId: command.volunteerId, communityId: record.communityId, minutes: record.minutes }),
  ];
}

/**
 * Only a pending record can be rejected: a verified one has deposited, and is
 * put right by a correction. Rejecting a rejected record is a no-op, so a
 * retried rejection changes nothing.
 */
export function rejectService(command: RejectService, account: TimeAccount): ServiceRejected[] {
  const record = requireRecord(account, command.recordId);
  if (record.rejected) return [];
  if (record.verified) throw new DomainError('SERVICE_RECORD_ALREADY_VERIFIED', { recordId: record.recordId });
  return [{ type: 'ServiceRejected', data: { recordId: record.recordId, volunteerId: command.volunteerId, reason: command.reason } }];
}

/** A correction that raises a verified record deposits the difference, and is capped like any deposit. */
export function correctService(command: CorrectService, account: TimeAccount): Array<ServiceCorrected | CreditCapped> {
  const record = requireStandingRecord(account, command.recordId);
  if (!isWholeMinutes(command.minutes, 0, MAX_MINUTES_PER_RECORD)) {
    throw new DomainError('INVALID_MINUTES', { minutes: command.minutes, min: 0, max: MAX_MINUTES_PER_RECORD });
  }
  if (command.minutes === record.minutes) throw new DomainError('CORRECTION_UNCHANGED', { recordId: record.recordId, minutes: record.minutes });
  if (command.minutes > record.minutes) {
    const overlapping = findOverlappingRecord(account, record.startedAtMs, command.minutes, record.recordId);
    if (overlapping) throw new DomainError('OVERLAPPING_SERVICE', { conflictingRecordId: overlapping });
  }
  const raised = record.verified ? command.minutes - record.minutes : 0;
  return [
    {
      type: 'ServiceCorrected',
      data: {
        recordId: record.recordId,
        volunteerId: command.volunteerId,
        previousMinutes: record.minutes,
        minutes: command.minutes,
        verified: record.verified,
        reason: command.reason,
      },
    },
    ...(raised > 0
      ? capped(account, command.creditCap, { recordId: record.recordId, volunteerId: command.volunteerId, communityId: record.communityId, minutes: raised, capId: `${record.recordId}#${record.corrections + 1}` })
      : []),
  ];
}
