import { randomUUID } from 'node:crypto';
import type { EventStore, EventToAppend } from '@shiji/event-store';
import { currentVersion } from '@shiji/domain';
import { runConcurrently } from './pool-run';
import { slotStart } from './slots';

/** A verified 30-minute record, as the api writes it: ServiceRecorded then ServiceVerified. */
export function verifiedRecordEvents(volunteerId: string, communityId: string, slot: number): EventToAppend[] {
  const recordId = randomUUID();
  const metadata = () => {
    const commandId = randomUUID();
    return { occurredAt: new Date().toISOString(), actor: { id: 'bench-staff', role: 'staff' }, communityId, commandId, correlationId: commandId, causationId: commandId };
  };
  const recorded = { recordId, volunteerId, communityId, activityId: null, category: 'other', description: null, startedAt: slotStart(slot), minutes: 30, redemptionId: null };
  return [
    { eventId: randomUUID(), type: 'ServiceRecorded', version: currentVersion('ServiceRecorded'), data: recorded, metadata: metadata() },
    { eventId: randomUUID(), type: 'ServiceVerified', version: currentVersion('ServiceVerified'), data: { recordId, volunteerId, minutes: 30 }, metadata: metadata() },
  ];
}

/**
 * Appends `records` verified records (2 events each) to account-{volunteerId}
 * streams, `perAppend` records per append, `concurrency` appends at once.
 */
export async function appendVerifiedRecords(
  store: EventStore,
  options: { volunteerIds: readonly string[]; communityId: string; recordsPerVolunteer: number; perAppend: number; concurrency: number },
): Promise<number> {
  const jobs: Array<{ volunteerId: string; firstSlot: number; count: number }> = [];
  for (const volunteerId of options.volunteerIds) {
    for (let first = 0; first < options.recordsPerVolunteer; first += options.perAppend) {
      jobs.push({ volunteerId, firstSlot: first, count: Math.min(options.perAppend, options.recordsPerVolunteer - first) });
    }
  }
  // Appends to one stream must be in order: a worker takes one volunteer's jobs in sequence.
  const byVolunteer = options.volunteerIds.map((volunteerId) => jobs.filter((job) => job.volunteerId === volunteerId));
  const run = await runConcurrently(byVolunteer.length, options.concurrency, async (index) => {
    for (const job of byVolunteer[index]) {
      const events = Array.from({ length: job.count }, (_, k) => verifiedRecordEvents(job.volunteerId, options.communityId, job.firstSlot + k)).flat();
      await store.appendToStream(`account-${job.volunteerId}`, events, { expectedRevision: 'any' });
    }
    return true;
  });
  if (run.errors > 0) throw new Error(`appending synthetic events failed: ${run.firstError}`);
  return options.volunteerIds.length * options.recordsPerVolunteer * 2;
}
