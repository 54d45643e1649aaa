import { randomUUID } from 'node:crypto';
import type { EventToAppend } from '@shiji/event-store';

/** A stream id no other test uses, so suites can share one store. */
export function uniqueStreamId(prefix: string): string {
  return `${prefix}-${randomUUID()}`;
}

export function anEvent(type = 'ServiceRecorded', data: Record<string, unknown> = {}): EventToAppend {
  const eventId = randomUUID();
  return {
    eventId,
    type,
    version: 1,
    data: { minutes: 30, note: '帮忙搬家', ...data },
    metadata: {
      occurredAt: '2025-05-01T08:00:00.000Z',
      actor: { id: 'member-1', role: 'member' },
      communityId: 'community-1',
      commandId: eventId,
      correlationId: eventId,
      causationId: eventId,
    },
  };
}

export function someEvents(count: number, type?: string): EventToAppend[] {
  return Array.from({ length: count }, (_, index) => anEvent(type, { index }));
}
