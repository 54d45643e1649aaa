import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend } from '@shiji/event-store';

const metadata = (at: Date) => ({
  occurredAt: at.toISOString(),
  actor: { id: 'seed', role: 'staff' },
  communityId: 'c1',
  commandId: randomUUID(),
  correlationId: randomUUID(),
  causationId: randomUUID(),
});

function event(type: string, data: Record<string, unknown>, at: Date): EventToAppend {
  return { eventId: randomUUID(), type, version: 1, data, metadata: metadata(at) };
}

/**
 * A log of `volunteers` registered volunteers with `recordsEach` verified
 * services each, a correction and a policy change in the middle: enough
 * variety to make any lost or doubled effect show in the views.
 */
export async function seedLog(store: EventStore, volunteers: number, recordsEach: number): Promise<void> {
  const at = new Date(Date.UTC(2025, 0, 1));
  await store.appendToStream('community-c1', [event('CommunityRegistered', { communityId: 'c1', name: '社区一' }, at)], { expectedRevision: 'no_stream' });
  await store.appendToStream('team-t1', [event('TeamRegistered', { teamId: 't1', communityId: 'c1', name: '助老服务队' }, at)], { expectedRevision: 'no_stream' });
  const activity = { activityId: 'a1', title: '探访', category: 'elderly_care', communityId: 'c1', teamId: 't1', startsAt: at.toISOString(), endsAt: new Date(at.getTime() + 3_600_000).toISOString(), place: '中心' };
  await store.appendToStream('activity-a1', [event('ActivityPublished', activity, at)], { expectedRevision: 'no_stream' });
  for (let v = 0; v < volunteers; v += 1) {
    const volunteerId = `v${v}`;
    await store.appendToStream(
      `volunteer-${volunteerId}`,
      [event('VolunteerRegistered', { volunteerId, communityId: 'c1', personal: { name: `志愿者${v}`, phone: '13800000000' }, partyMember: v % 2 === 0, unitId: null }, at)],
      { expectedRevision: 'no_stream' },
    );
    if (v % 3 === 0) {
      await store.appendToStream('team-t1', [event('TeamMemberJoined', { teamId: 't1', volunteerId }, at)], { expectedRevision: 'any' });
      await store.appendToStream('activity-a1', [event('VolunteerSignedUp', { activityId: 'a1', volunteerId, addedByStaff: true }, at)], { expectedRevision: 'any' });
    }
    const events: EventToAppend[] = [];
    for (let r = 0; r < recordsEach; r += 1) {
      const recordId = `${volunteerId}-r${r}`;
      const startedAt = new Date(at.getTime() + r * 86_400_000).toISOString();
      events.push(
        event('ServiceRecorded', { recordId, volunteerId, communityId: 'c1', activityId: null, category: 'other', description: null, startedAt, minutes: 600, redemptionId: null }, at),
        event('ServiceVerified', { recordId, volunteerId, minutes: 600 }, at),
      );
    }
    events.push(event('ServiceCorrected', { recordId: `${volunteerId}-r0`, volunteerId, previousMinutes: 600, minutes: 300, verified: true, reason: '更正' }, at));
    await store.appendToStream(`account-${volunteerId}`, events, { expectedRevision: 'no_stream' });
    if (v === Math.floor(volunteers / 2)) {
      await store.appendToStream('policy-street', [event('StarThresholdsChanged', { thresholdHours: [10, 20, 30, 40, 50], previousThresholdHours: [100, 300, 600, 1000, 1500] }, at)], { expectedRevision: 'any' });
    }
  }
}

/**
 * A verified record of the seeded log (600 minutes) corrected to 599: the
 * record's first correction starts from 600, every later one from 599.
 */
export function correctedTo599(recordId: string, volunteerId: string, first: boolean): EventToAppend {
  return event('ServiceCorrected', { recordId, volunteerId, previousMinutes: first ? 600 : 599, minutes: 599, verified: true, reason: '复核' }, new Date());
}
