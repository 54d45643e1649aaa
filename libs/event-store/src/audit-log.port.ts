import type { Readable } from 'node:stream';
import type { StoredEvent } from './event-store.port';

/**
 * The auditors' reads of the log: the only reads of it a query makes
 * (architecture: "queries never touch the event store except the audit
 * ones"). Only the PostgreSQL adapter implements it, over the service's own
 * database; with the log in EventStoreDB that database's events table stays
 * empty, so these reads find no events and the head is 0.
 */
export interface AuditLog {
  /** Up to `limit` events after position `after` that match, in log order, below the visibility horizon. */
  page(filter: EventLogFilter, after: number, limit: number): Promise<AuditEvent[]>;
  /**
   * Every match after `after` as NDJSON, one AuditEvent per line, members
   * in the order `page` gives them. The stream reads only as fast as its
   * reader takes it, and destroying it ends the read.
   */
  exportNdjson(filter: EventLogFilter, after: number): Promise<Readable>;
  /** Up to `limit` events of one stream from `fromRevision` on, by revision: every committed one (no horizon). */
  stream(streamId: string, fromRevision: number, limit: number): Promise<AuditEvent[]>;
  /** The highest position `page` can see now: an export bounded by it ends instead of chasing a live log. */
  head(): Promise<number>;
}

export const AUDIT_LOG = Symbol('AUDIT_LOG');

/** What an auditor may narrow the global log to; every field is optional and they combine with AND. */
export interface EventLogFilter {
  /** Inclusive bounds on the global position. */
  fromPosition?: number;
  toPosition?: number;
  /** Inclusive bounds on metadata.occurredAt. */
  from?: Date;
  to?: Date;
  types?: readonly string[];
  streamId?: string;
  /** Events of `account-<id>` or `volunteer-<id>`, or any event whose data names the volunteer. */
  volunteerId?: string;
  communityId?: string;
  /** metadata.actor.id */
  actorId?: string;
}

/** One stored event as the audit routes show it: everything the log holds about it, recordedAt as Date.prototype.toISOString writes it. */
export type AuditEvent = Omit<StoredEvent, 'recordedAt'> & { recordedAt: string };
