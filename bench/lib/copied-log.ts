import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { eventHash } from '@shiji/event-store';
import { slotStart } from './slots';

/** A stored event read back from the log, to be cloned under other ids. */
export interface TemplateEvent {
  type: string;
  version: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/**
 * The events the api itself wrote for one volunteer: their registration
 * stream and one verified record on their account. Every synthetic volunteer
 * is a copy of these with its own ids, so the log holds the exact shapes the
 * projections and the deciders read.
 */
export interface VolunteerTemplate {
  volunteerId: string;
  communityId: string;
  actorId: string;
  registration: TemplateEvent[];
  /** The account's events before the record, if registering wrote any. */
  accountPrelude: TemplateEvent[];
  record: { recordId: string; startedAt: string; events: TemplateEvent[] };
}

export interface CopiedLogShape {
  volunteers: number;
  communities: readonly string[];
  recordsPerVolunteer: number;
  /** Id of the i-th synthetic volunteer. */
  volunteerId(index: number): string;
  /** Actor of the community's records, so an auditor's filter by actor matches one community's share. */
  actorOf(communityId: string): string;
}

/**
 * Appends the cloned volunteers to shiji_events with COPY, as the store would
 * have stored them: positions after the head, revisions from 0, each
 * stream's hash chain, and one transaction id below every later append's
 * (the COPY's own), so subscribers see them once it commits. The indexes are
 * dropped first and built again after, as a restore would. The api must not
 * be running. Returns the number of events copied.
 */
export async function copyClonedVolunteers(client: PoolClient, template: VolunteerTemplate, shape: CopiedLogShape): Promise<number> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ xid: string; head: string }>('SELECT pg_current_xact_id()::text AS xid, coalesce(max(position), 0) AS head FROM shiji_events');
    const rebuild = await dropIndexes(client);
    let position = Number(rows[0].head);
    const lines = function* (): Generator<string> {
      for (let index = 0; index < shape.volunteers; index += 1) {
        let chunk = '';
        for (const stream of volunteerStreams(template, shape, index)) {
          let previous: string | null = null;
          stream.events.forEach((event, revision) => {
            position += 1;
            const eventId = randomUUID();
            previous = eventHash({ streamId: stream.streamId, revision, eventId, ...event }, previous);
            chunk += `${position}\t${stream.streamId}\t${revision}\t${eventId}\t${event.type}\t${event.version}\t${copyText(event.data)}\t${copyText(event.metadata)}\t${rows[0].xid}\t\\\\x${previous}\n`;
          });
        }
        yield chunk;
      }
    };
    const copy = client.query(copyFrom('COPY shiji_events (position, stream_id, revision, event_id, type, version, data, metadata, transaction_id, hash) FROM STDIN'));
    await pipeline(Readable.from(lines()), copy);
    for (const statement of rebuild) await client.query(statement);
    await client.query(`SELECT setval('shiji_event_position', $1)`, [position]);
    await client.query('COMMIT');
    return position - Number(rows[0].head);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** The i-th volunteer's registration stream and account stream, cloned from the template. */
function volunteerStreams(template: VolunteerTemplate, shape: CopiedLogShape, index: number): Array<{ streamId: string; events: TemplateEvent[] }> {
  const volunteerId = shape.volunteerId(index);
  const communityId = shape.communities[index % shape.communities.length];
  const ids: Array<[string, string]> = [
    [template.volunteerId, volunteerId],
    [template.communityId, communityId],
    [template.actorId, shape.actorOf(communityId)],
  ];
  const records: TemplateEvent[] = template.accountPrelude.map((event) => cloned(event, ids));
  for (let slot = 0; slot < shape.recordsPerVolunteer; slot += 1) {
    const record: Array<[string, string]> = [...ids, [template.record.recordId, randomUUID()], [template.record.startedAt, slotStart(slot)]];
    records.push(...template.record.events.map((event) => cloned(event, record)));
  }
  return [
    { streamId: `volunteer-${volunteerId}`, events: template.registration.map((event) => cloned(event, ids)) },
    { streamId: `account-${volunteerId}`, events: records },
  ];
}

/** The event with every occurrence of each template id replaced, commands' ids made new. */
function cloned(event: TemplateEvent, replacements: ReadonlyArray<[string, string]>): TemplateEvent {
  let text = JSON.stringify({ data: event.data, metadata: event.metadata });
  for (const [from, to] of replacements) text = text.split(from).join(to);
  const { data, metadata } = JSON.parse(text) as { data: Record<string, unknown>; metadata: Record<string, unknown> };
  const commandId = randomUUID();
  return { type: event.type, version: event.version, data, metadata: { ...metadata, commandId, correlationId: commandId, causationId: commandId } };
}

/** JSON as a COPY text-format field: backslashes doubled (JSON text holds no raw tab or newline). */
function copyText(value: unknown): string {
  return JSON.stringify(value).replace(/\\/g, '\\\\');
}

/** Drops the log's indexes and constraints (not the table's triggers) and returns the statements that build them again. */
async function dropIndexes(client: PoolClient): Promise<string[]> {
  const constraints = await client.query<{ name: string; definition: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conrelid = 'shiji_events'::regclass AND contype IN ('p', 'u')`,
  );
  const indexes = await client.query<{ name: string; definition: string }>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes WHERE tablename = 'shiji_events'
     AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'shiji_events'::regclass)`,
  );
  for (const { name } of indexes.rows) await client.query(`DROP INDEX ${client.escapeIdentifier(name)}`);
  for (const { name } of constraints.rows) await client.query(`ALTER TABLE shiji_events DROP CONSTRAINT ${client.escapeIdentifier(name)}`);
  return [
    ...constraints.rows.map(({ name, definition }) => `ALTER TABLE shiji_events ADD CONSTRAINT ${client.escapeIdentifier(name)} ${definition}`),
    ...indexes.rows.map(({ definition }) => definition),
  ];
}
