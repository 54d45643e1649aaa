import { SERVICE_CATEGORIES } from '@shiji/domain';
import type { ServiceRequestView } from '@shiji/projections';
import { oneOf, pageSchema, responseSchema, writeResultSchema } from '../../../platform/docs/response-schema';

export interface ServiceRequestLine extends ServiceRequestView {
  forVolunteerName: string | null;
  providerName: string | null;
}

export const ServiceRequestSchema = responseSchema('ServiceRequest', {
  requestId: 'string',
  communityId: 'string',
  category: oneOf(SERVICE_CATEGORIES),
  description: 'string',
  wantedMinutes: 'integer',
  forVolunteerId: 'string?',
  forVolunteerName: 'string?',
  cardHolder: 'boolean',
  status: oneOf(['open', 'assigned', 'completed', 'cancelled']),
  providerVolunteerId: 'string?',
  providerName: 'string?',
  requestedAt: 'string',
  redemptionId: 'string?',
  minutes: 'integer?',
  closedAt: 'string?',
});
export const ServiceRequestQueueSchema = pageSchema('ServiceRequestQueue', ServiceRequestSchema);

export const ServiceRequestedSchema = writeResultSchema('ServiceRequested', { requestId: 'string', cardHolder: 'boolean' });
/** creditMinutes: the recipient's balance after the redemption; null when the recipient holds no card (nothing redeemed). */
export const ServiceRequestCompletedSchema = writeResultSchema('ServiceRequestCompleted', {
  requestId: 'string',
  redemptionId: 'string?',
  providerVolunteerId: 'string',
  providerRecordId: 'string?',
  creditMinutes: 'integer?',
  minutes: 'integer',
});
