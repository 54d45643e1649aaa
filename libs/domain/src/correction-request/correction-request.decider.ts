import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { shanghaiDay } from '../shared/shanghai-time';

/**
 * 异议: a volunteer (or staff for them) objects to a service record, or to
 * one that is missing, with a reason. Staff answer within the policy's
 * deadline: accepted, naming the record that corrects it (the corrected
 * record, or a new one), or rejected with a reason the volunteer reads.
 */
export const correctionRequestStream = (requestId: string): string => `correction-request-${requestId}`;

/** The deadline staff answer within when the policy names none (记录与证明出具办法: 15 日内). */
export const DEFAULT_CORRECTION_DEADLINE_DAYS = 15;
export const MAX_CORRECTION_DEADLINE_DAYS = 365;

export type CorrectionRequestStatus = 'open' | 'accepted' | 'rejected';

export type CorrectionRequestEvent =
  | {
      type: 'CorrectionRequested';
      /** recordId is null when the objection is to a record that is missing. */
      data: { requestId: string; volunteerId: string; communityId: string; recordId: string | null; reason: string; filedBy: string; filedAt: string };
    }
  | { type: 'CorrectionRequestAccepted'; data: { requestId: string; volunteerId: string; correctionRecordId: string; answeredBy: string; answeredAt: string } }
  | { type: 'CorrectionRequestRejected'; data: { requestId: string; volunteerId: string; reason: string; answeredBy: string; answeredAt: string } };

export type CorrectionRequestCommand =
  | { type: 'FileCorrectionRequest'; requestId: string; volunteerId: string; communityId: string; recordId: string | null; reason: string; filedBy: string; filedAt: string }
  /** The correction (a corrected or a new record of the volunteer) is made first; the acceptance names it. */
  | { type: 'AcceptCorrectionRequest'; requestId: string; volunteerId: string; correctionRecordId: string; answeredBy: string; answeredAt: string }
  | { type: 'RejectCorrectionRequest'; requestId: string; volunteerId: string; reason: string; answeredBy: string; answeredAt: string };

export type CorrectionRequest =
  | { exists: false }
  | {
      exists: true;
      requestId: string;
      volunteerId: string;
      communityId: string;
      recordId: string | null;
      status: CorrectionRequestStatus;
      filedAt: string;
    };

function requireOpen(state: CorrectionRequest, requestId: string, volunteerId: string): Extract<CorrectionRequest, { exists: true }> {
  // A request is found only under its own volunteer, so a route naming another volunteer learns nothing.
  if (!state.exists || state.volunteerId !== volunteerId) throw new DomainError('CORRECTION_REQUEST_NOT_FOUND', { requestId });
  if (state.status !== 'open') throw new DomainError('CORRECTION_REQUEST_ALREADY_ANSWERED', { requestId, status: state.status });
  return state;
}

const MAX_REASON_LENGTH = 500;
function requireReason(reason: string): void {
  if (reason.trim().length === 0 || reason.length > MAX_REASON_LENGTH) throw new DomainError('INVALID_CORRECTION_REASON', { max: MAX_REASON_LENGTH });
}

export const correctionRequestDecider: Decider<CorrectionRequestCommand, CorrectionRequestEvent, CorrectionRequest> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'FileCorrectionRequest': {
        if (state.exists) throw new DomainError('CORRECTION_REQUEST_ALREADY_EXISTS', { requestId: command.requestId });
        requireReason(command.reason);
        const { requestId, volunteerId, communityId, recordId, reason, filedBy, filedAt } = command;
        return [{ type: 'CorrectionRequested', data: { requestId, volunteerId, communityId, recordId, reason, filedBy, filedAt } }];
      }
      case 'AcceptCorrectionRequest': {
        requireOpen(state, command.requestId, command.volunteerId);
        const { requestId, volunteerId, correctionRecordId, answeredBy, answeredAt } = command;
        return [{ type: 'CorrectionRequestAccepted', data: { requestId, volunteerId, correctionRecordId, answeredBy, answeredAt } }];
      }
      case 'RejectCorrectionRequest': {
        requireOpen(state, command.requestId, command.volunteerId);
        requireReason(command.reason);
        const { requestId, volunteerId, reason, answeredBy, answeredAt } = command;
        return [{ type: 'CorrectionRequestRejected', data: { requestId, volunteerId, reason, answeredBy, answeredAt } }];
      }
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'CorrectionRequested': {
        const { requestId, volunteerId, communityId, recordId, filedAt } = event.data;
        return { exists: true, requestId, volunteerId, communityId, recordId, filedAt, status: 'open' };
      }
      case 'CorrectionRequestAccepted':
        return state.exists ? { ...state, status: 'accepted' } : state;
      case 'CorrectionRequestRejected':
        return state.exists ? { ...state, status: 'rejected' } : state;
      default:
        return assertNever(event);
    }
  },
};

export const CORRECTION_REQUEST_EVENT_TYPES = ['CorrectionRequested', 'CorrectionRequestAccepted', 'CorrectionRequestRejected'] as const;

/** The last Shanghai day staff may answer on: the filing day plus the deadline's days. */
export function correctionAnswerDue(filedAt: string, deadlineDays: number): string {
  const [year, month, day] = shanghaiDay(new Date(filedAt)).split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + deadlineDays)).toISOString().slice(0, 10);
}

/** Open past its deadline: the Shanghai day of `now` is after the due day. A pure function of `now`. */
export function isCorrectionOverdue(request: { status: CorrectionRequestStatus; filedAt: string }, deadlineDays: number, now: Date): boolean {
  return request.status === 'open' && shanghaiDay(now) > correctionAnswerDue(request.filedAt, deadlineDays);
}

export function isCorrectionDeadline(days: number): boolean {
  return Number.isInteger(days) && days >= 0 && days <= MAX_CORRECTION_DEADLINE_DAYS;
}
