import type { ServiceCategory } from '../activity/service-category';
import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { isWholeMinutes, MAX_MINUTES_PER_RECORD } from '../shared/minutes';
import { requireActiveVolunteer, type Volunteer } from '../volunteer/volunteer.decider';

export const serviceRequestStream = (requestId: string): string => `service-request-${requestId}`;

export interface ServiceRequestDetails {
  requestId: string;
  communityId: string;
  category: ServiceCategory;
  description: string;
  wantedMinutes: number;
  /** The volunteer (card holder) to be helped, or null for a resident who is not a volunteer. */
  forVolunteerId: string | null;
  /** Card holders are served first; fixed when the request is made. */
  cardHolder: boolean;
}

export type ServiceRequestEvent =
  | { type: 'ServiceRequested'; data: ServiceRequestDetails }
  | { type: 'ServiceProviderAssigned'; data: { requestId: string; providerVolunteerId: string } }
  | { type: 'ServiceRequestCompleted'; data: { requestId: string; redemptionId: string | null; minutes: number } }
  | { type: 'ServiceRequestCancelled'; data: { requestId: string; reason: string } };

export type ServiceRequestCommand =
  | { type: 'RequestService'; details: ServiceRequestDetails }
  | { type: 'AssignProvider'; requestId: string; providerVolunteerId: string; provider: Volunteer }
  | { type: 'CompleteServiceRequest'; requestId: string; redemptionId: string | null; minutes: number }
  | { type: 'CancelServiceRequest'; requestId: string; reason: string };

export type ServiceRequestStatus = 'open' | 'assigned' | 'completed' | 'cancelled';

export type ServiceRequest =
  | { exists: false }
  | (ServiceRequestDetails & { exists: true; status: ServiceRequestStatus; providerVolunteerId: string | null });

export function requireServiceRequest(state: ServiceRequest, requestId: string): Extract<ServiceRequest, { exists: true }> {
  if (!state.exists) throw new DomainError('SERVICE_REQUEST_NOT_FOUND', { requestId });
  return state;
}

function requirePending(state: ServiceRequest, requestId: string): Extract<ServiceRequest, { exists: true }> {
  const request = requireServiceRequest(state, requestId);
  if (request.status === 'completed' || request.status === 'cancelled') {
    throw new DomainError('SERVICE_REQUEST_CLOSED', { requestId, status: request.status });
  }
  return request;
}

export const serviceRequestDecider: Decider<ServiceRequestCommand, ServiceRequestEvent, ServiceRequest> = {
  initialState: () => ({ exists: false }),
  communityOf: (_event, state) => (state.exists ? state.communityId : undefined),
  decide(command, state) {
    switch (command.type) {
      case 'RequestService': {
        if (state.exists) throw new DomainError('SERVICE_REQUEST_ALREADY_EXISTS', { requestId: command.details.requestId });
        if (!isWholeMinutes(command.details.wantedMinutes, 1, MAX_MINUTES_PER_RECORD)) {
          throw new DomainError('INVALID_MINUTES', { minutes: command.details.wantedMinutes, min: 1, max: MAX_MINUTES_PER_RECORD });
        }
        return [{ type: 'ServiceRequested', data: command.details }];
      }
      case 'AssignProvider': {
        const request = requirePending(state, command.requestId);
        requireActiveVolunteer(command.provider, command.providerVolunteerId);
        if (request.forVolunteerId === command.providerVolunteerId) {
          throw new DomainError('PROVIDER_IS_RECIPIENT', { requestId: command.requestId });
        }
        return [{ type: 'ServiceProviderAssigned', data: { requestId: command.requestId, providerVolunteerId: command.providerVolunteerId } }];
      }
      case 'CompleteServiceRequest': {
        const request = requirePending(state, command.requestId);
        if (!request.providerVolunteerId) throw new DomainError('SERVICE_REQUEST_NOT_ASSIGNED', { requestId: command.requestId });
        return [{ type: 'ServiceRequestCompleted', data: { requestId: command.requestId, redemptionId: command.redemptionId, minutes: command.minutes } }];
      }
      case 'CancelServiceRequest':
        requirePending(state, command.requestId);
        return [{ type: 'ServiceRequestCancelled', data: { requestId: command.requestId, reason: command.reason } }];
      default:
        return assertNever(command);
    }
  },
  evolve(state, event) {
    switch (event.type) {
      case 'ServiceRequested':
        return { ...event.data, exists: true, status: 'open', providerVolunteerId: null };
      case 'ServiceProviderAssigned':
        return state.exists ? { ...state, status: 'assigned', providerVolunteerId: event.data.providerVolunteerId } : state;
      case 'ServiceRequestCompleted':
        return state.exists ? { ...state, status: 'completed' } : state;
      case 'ServiceRequestCancelled':
        return state.exists ? { ...state, status: 'cancelled' } : state;
      default:
        return assertNever(event);
    }
  },
};
