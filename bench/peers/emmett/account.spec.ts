import { AccountError, evolve, initialState, recordVerifiedService, registerVolunteer, type AccountEvent, type RecordVerifiedService } from './account';

const now = new Date('2026-11-01T12:00:00Z');
const registered: AccountEvent = { type: 'VolunteerRegistered', data: { volunteerId: 'v1', communityId: 'c1', name: '志愿者', registeredAt: '2026-01-01T00:00:00Z' } };

function record(startedAt: string, minutes = 30, communities: readonly string[] = ['c1']): RecordVerifiedService {
  return {
    type: 'RecordVerifiedService',
    data: { recordId: `r-${startedAt}`, volunteerId: 'v1', category: 'other', description: null, startedAt: new Date(startedAt), minutes },
    metadata: { staffId: 'staff-1', communities, now },
  };
}

const given = (...events: AccountEvent[]) => events.reduce(evolve, initialState());
const refusal = (decide: () => unknown) => {
  try {
    decide();
  } catch (error) {
    return error instanceof AccountError ? error.code : error;
  }
  return 'accepted';
};

/** The peer must do the same job as Shiji's verified record, or the comparison measures less work. */
describe('the Emmett peer account', () => {
  it('records and verifies a service in the volunteer community, crediting its minutes', () => {
    const events = recordVerifiedService(record('2026-10-01T01:00:00Z'), given(registered));

    expect(events.map((event) => event.type)).toEqual(['ServiceRecorded', 'ServiceVerified']);
    expect(events[0].data).toMatchObject({ volunteerId: 'v1', communityId: 'c1', minutes: 30, recordedBy: 'staff-1' });
    expect(given(registered, ...events)).toMatchObject({ status: 'registered', creditMinutes: 30 });
  });

  it('refuses an unknown volunteer, another community, bad minutes, the future and an overlap', () => {
    const earlier = recordVerifiedService(record('2026-10-01T01:00:00Z'), given(registered));

    expect(refusal(() => recordVerifiedService(record('2026-10-01T01:00:00Z'), given()))).toBe('VOLUNTEER_NOT_FOUND');
    expect(refusal(() => recordVerifiedService(record('2026-10-01T01:00:00Z', 30, ['c2']), given(registered)))).toBe('FORBIDDEN_COMMUNITY');
    expect(refusal(() => recordVerifiedService(record('2026-10-01T01:00:00Z', 0), given(registered)))).toBe('INVALID_MINUTES');
    expect(refusal(() => recordVerifiedService(record('2026-11-01T11:45:00Z'), given(registered)))).toBe('SERVICE_IN_FUTURE');
    expect(refusal(() => recordVerifiedService(record('2026-10-01T01:15:00Z'), given(registered, ...earlier)))).toBe('OVERLAPPING_SERVICE');
    expect(refusal(() => recordVerifiedService(record('2026-10-01T01:30:00Z'), given(registered, ...earlier)))).toBe('accepted');
  });

  it('registers a volunteer once', () => {
    expect(refusal(() => registerVolunteer(registered.data, given(registered)))).toBe('VOLUNTEER_ALREADY_REGISTERED');
  });
});
