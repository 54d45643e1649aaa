import { eventTypeFilter, streamNameFilter, type Filter } from '@eventstore/db-client';
import type { LogFilter } from '../event-store.port';

/**
 * EventStoreDB filters on one field per request (event type or stream name),
 * by regex or by prefixes. The port's filter may constrain both and must never
 * yield system events, so the most selective part runs on the server and
 * `isSelected` re-checks the whole filter on what comes back.
 */
export type ServerFilter = { on: 'eventType' | 'streamName'; regex: string } | { on: 'streamName'; prefixes: string[] };

/** Matches no string at all: the port reads an empty list as "none of these". */
const NOTHING = '(?!)';
/** Every type that does not start with `$`: user events only. */
const NO_SYSTEM_EVENTS = '^[^$]';

export function serverFilterFor(filter: LogFilter | undefined): ServerFilter {
  if (filter?.eventTypes) {
    const alternatives = filter.eventTypes.map(escapeRegex);
    return { on: 'eventType', regex: alternatives.length > 0 ? `^(?:${alternatives.join('|')})$` : NOTHING };
  }
  if (filter?.streamPrefixes) {
    return filter.streamPrefixes.length > 0 ? { on: 'streamName', prefixes: [...filter.streamPrefixes] } : { on: 'streamName', regex: NOTHING };
  }
  return { on: 'eventType', regex: NO_SYSTEM_EVENTS };
}

export function toSubscriptionFilter(filter: ServerFilter): Filter {
  const create = filter.on === 'eventType' ? eventTypeFilter : streamNameFilter;
  return 'prefixes' in filter ? create({ prefixes: filter.prefixes }) : create({ regex: filter.regex });
}

export function isSelected(event: { streamId: string; type: string }, filter: LogFilter | undefined): boolean {
  if (event.streamId.startsWith('$') || event.type.startsWith('$')) return false;
  if (filter?.eventTypes && !filter.eventTypes.includes(event.type)) return false;
  if (filter?.streamPrefixes && !filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))) return false;
  return true;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
