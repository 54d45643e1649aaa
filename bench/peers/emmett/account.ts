import type { Command, Event } from '@event-driven-io/emmett';
import { MAX_MINUTES_PER_RECORD, type ServiceCategory } from '@shiji/domain';

/**
 * The peer's time account, one stream per volunteer as Emmett's samples
 * keep one per shopping cart: the volunteer's registration opens it, so the
 * same load that decides a record knows who the volunteer is and where
 * they serve. The rules are Shiji's for a verified ad-hoc record: whole
 * minutes within a day, nothing in the future, no overlap with another
 * record, and staff only for their own communities.
 */
export type VolunteerRegistered = Event<'VolunteerRegistered', { volunteerId: string; communityId: string; name: string; registeredAt: string }>;
export type ServiceRecorded = Event<
  'ServiceRecorded',
  { recordId: string; volunteerId: string; communityId: string; category: ServiceCategory; description: string | null; startedAt: string; minutes: number; recordedBy: string }
>;
export type ServiceVerified = Event<'ServiceVerified', { recordId: string; volunteerId: string; minutes: number; verifiedBy: string }>;
export type AccountEvent = VolunteerRegistered | ServiceRecorded | ServiceVerified;

export type RecordVerifiedService = Command<
  'RecordVerifiedService',
  { recordId: string; volunteerId: string; category: ServiceCategory; description: string | null; startedAt: Date; minutes: number },
  { staffId: string; communities: readonly string[]; now: Date }
>;

interface ServiceInterval {
  recordId: string;
  startMs: number;
  endMs: number;
}

export type Account =
  | { status: 'unknown' }
  | { status: 'registered'; volunteerId: string; communityId: string; creditMinutes: number; intervals: readonly ServiceInterval[] };

export const initialState = (): Account => ({ status: 'unknown' });

export type AccountErrorCode = 'VOLUNTEER_NOT_FOUND' | 'FORBIDDEN_COMMUNITY' | 'INVALID_MINUTES' | 'SERVICE_IN_FUTURE' | 'OVERLAPPING_SERVICE' | 'VOLUNTEER_ALREADY_REGISTERED';

/** A refusal of the domain, mapped to HTTP at the edge. */
export class AccountError extends Error {
  constructor(readonly code: AccountErrorCode) {
    super(code);
  }
}

const MINUTE_MS = 60_000;

export function recordVerifiedService(command: RecordVerifiedService, account: Account): [ServiceRecorded, ServiceVerified] {
  const { data, metadata } = command;
  if (account.status !== 'registered') throw new AccountError('VOLUNTEER_NOT_FOUND');
  if (!metadata.communities.includes(account.communityId)) throw new AccountError('FORBIDDEN_COMMUNITY');
  if (!Number.isInteger(data.minutes) || data.minutes < 1 || data.minutes > MAX_MINUTES_PER_RECORD) throw new AccountError('INVALID_MINUTES');
  const startMs = data.startedAt.getTime();
  const endMs = startMs + data.minutes * MINUTE_MS;
  if (endMs > metadata.now.getTime()) throw new AccountError('SERVICE_IN_FUTURE');
  if (account.intervals.some((other) => other.startMs < endMs && startMs < other.endMs)) throw new AccountError('OVERLAPPING_SERVICE');
  return [
    {
      type: 'ServiceRecorded',
      data: {
        recordId: data.recordId,
        volunteerId: data.volunteerId,
        communityId: account.communityId,
        category: data.category,
        description: data.description,
        startedAt: data.startedAt.toISOString(),
        minutes: data.minutes,
        recordedBy: metadata.staffId,
      },
    },
    { type: 'ServiceVerified', data: { recordId: data.recordId, volunteerId: data.volunteerId, minutes: data.minutes, verifiedBy: metadata.staffId } },
  ];
}

export function registerVolunteer(data: VolunteerRegistered['data'], account: Account): [VolunteerRegistered] {
  if (account.status !== 'unknown') throw new AccountError('VOLUNTEER_ALREADY_REGISTERED');
  return [{ type: 'VolunteerRegistered', data }];
}

export function evolve(account: Account, event: AccountEvent): Account {
  const { type, data } = event;
  switch (type) {
    case 'VolunteerRegistered':
      return { status: 'registered', volunteerId: data.volunteerId, communityId: data.communityId, creditMinutes: 0, intervals: [] };
    case 'ServiceRecorded': {
      if (account.status !== 'registered') return account;
      const startMs = Date.parse(data.startedAt);
      return { ...account, intervals: [...account.intervals, { recordId: data.recordId, startMs, endMs: startMs + data.minutes * MINUTE_MS }] };
    }
    case 'ServiceVerified':
      return account.status === 'registered' ? { ...account, creditMinutes: account.creditMinutes + data.minutes } : account;
    default: {
      const unhandled: never = type;
      return unhandled;
    }
  }
}

export const accountStreamName = (volunteerId: string) => `account-${volunteerId}`;
