import { fold, serviceRequestDecider, serviceRequestStream, type ServiceRequestDetails, type ServiceRequestEvent, type Volunteer } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(serviceRequestDecider);

const requestId = 'req-1';
const details: ServiceRequestDetails = {
  requestId,
  communityId: 'c-1',
  category: 'elderly_care',
  description: '上门助浴',
  wantedMinutes: 90,
  forVolunteerId: 'v-holder',
  cardHolder: true,
};

const provider = (volunteerId: string, active = true): Volunteer => ({ exists: true, volunteerId, communityId: 'c-1', active, partyMember: false, unitId: null, erased: false });

const requested: ServiceRequestEvent = { type: 'ServiceRequested', data: details };
const assigned = (providerVolunteerId: string): ServiceRequestEvent => ({ type: 'ServiceProviderAssigned', data: { requestId, providerVolunteerId } });
const completed: ServiceRequestEvent = { type: 'ServiceRequestCompleted', data: { requestId, redemptionId: 'red-1', minutes: 90 } };
const cancelled: ServiceRequestEvent = { type: 'ServiceRequestCancelled', data: { requestId, reason: '已由家属处理' } };

const assign = (volunteerId: string, who: Volunteer = provider(volunteerId)) => ({ type: 'AssignProvider' as const, requestId, providerVolunteerId: volunteerId, provider: who });
const complete = { type: 'CompleteServiceRequest' as const, requestId, redemptionId: 'red-1', minutes: 90 };
const cancel = { type: 'CancelServiceRequest' as const, requestId, reason: '已由家属处理' };

describe('service requests', () => {
  it('have one stream each', () => {
    expect(serviceRequestStream('req-1')).toBe('service-request-req-1');
  });

  describe('asking for a service', () => {
    it('records the request, open and unassigned', () => {
      spec.given([]).when({ type: 'RequestService', details }).then([requested]);
      expect(fold(serviceRequestDecider, [requested])).toMatchObject({ exists: true, status: 'open', providerVolunteerId: null, cardHolder: true });
    });

    it('is made once', () => {
      spec.given([requested]).when({ type: 'RequestService', details }).thenThrows('SERVICE_REQUEST_ALREADY_EXISTS', { requestId });
    });

    it.each([0, 1441, 30.5])('refuses %p wanted minutes', (wantedMinutes) => {
      spec.given([]).when({ type: 'RequestService', details: { ...details, wantedMinutes } }).thenThrows('INVALID_MINUTES', { minutes: wantedMinutes });
    });
  });

  describe('assigning a provider', () => {
    it('assigns an active volunteer', () => {
      spec.given([requested]).when(assign('v-2')).then([assigned('v-2')]);
    });

    it('the provider may not be the recipient', () => {
      spec.given([requested]).when(assign('v-holder')).thenThrows('PROVIDER_IS_RECIPIENT', { requestId });
    });

    it('a request for a resident who is not a volunteer may go to any volunteer', () => {
      spec.given([{ type: 'ServiceRequested', data: { ...details, forVolunteerId: null, cardHolder: false } }]).when(assign('v-holder')).then([assigned('v-holder')]);
    });

    it('refuses a suspended or unknown provider', () => {
      spec.given([requested]).when(assign('v-2', provider('v-2', false))).thenThrows('VOLUNTEER_SUSPENDED', { volunteerId: 'v-2' });
      spec.given([requested]).when(assign('v-2', { exists: false })).thenThrows('VOLUNTEER_NOT_FOUND', { volunteerId: 'v-2' });
    });

    it('may hand the request to another provider before it is done', () => {
      spec.given([requested, assigned('v-2')]).when(assign('v-3')).then([assigned('v-3')]);
    });

    it('needs the request', () => {
      spec.given([]).when(assign('v-2')).thenThrows('SERVICE_REQUEST_NOT_FOUND', { requestId });
    });
  });

  describe('completing', () => {
    it('requires a provider', () => {
      spec.given([requested]).when(complete).thenThrows('SERVICE_REQUEST_NOT_ASSIGNED', { requestId });
    });

    it('completes an assigned request with its redemption', () => {
      spec.given([requested, assigned('v-2')]).when(complete).then([completed]);
      expect(fold(serviceRequestDecider, [requested, assigned('v-2'), completed])).toMatchObject({ status: 'completed', providerVolunteerId: 'v-2' });
    });
  });

  describe('cancelling', () => {
    it('cancels an open or an assigned request', () => {
      spec.given([requested]).when(cancel).then([cancelled]);
      spec.given([requested, assigned('v-2')]).when(cancel).then([cancelled]);
    });
  });

  describe('a closed request refuses changes', () => {
    it.each([
      ['completed', [requested, assigned('v-2'), completed]],
      ['cancelled', [requested, cancelled]],
    ])('once %s', (status, history) => {
      spec.given(history).when(assign('v-3')).thenThrows('SERVICE_REQUEST_CLOSED', { requestId, status });
      spec.given(history).when(complete).thenThrows('SERVICE_REQUEST_CLOSED', { requestId, status });
      spec.given(history).when(cancel).thenThrows('SERVICE_REQUEST_CLOSED', { requestId, status });
    });
  });
});
