import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

/** The parts of a stored event its hash covers: what happened and where in its stream, not when or at which global position. */
export interface HashedEvent {
  streamId: string;
  revision: number;
  eventId: string;
  type: string;
  version: number;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

/**
 * Each event's hash is the SHA-256 (lowercase hex) of the UTF-8 text
 *
 *   canonicalJson([previousHash, revision, streamId, eventId, type, version, data, metadata])
 *
 * where previousHash is the hash of the stream's previous event (null at
 * revision 0). Changing, removing or reordering any stored event therefore
 * changes every later hash of its stream.
 *
 * The store computes the hash inside PostgreSQL, where the revision and the
 * previous hash are known: the adapter sends the body (the canonical JSON of
 * the fields it knows) and the database splices in the rest. eventHashInput
 * is that splice, so both sides produce the same text by construction.
 */
export function eventHash(event: HashedEvent, previousHash: string | null): string {
  const input = eventHashInput(canonicalEventBody(event), event.revision, previousHash);
  return createHash('sha256').update(input, 'utf8').digest('hex');
}

/** canonicalJson([streamId, eventId, type, version, data, metadata]). */
export function canonicalEventBody(event: Omit<HashedEvent, 'revision'>): string {
  return canonicalJson([event.streamId, event.eventId, event.type, event.version, event.data, event.metadata]);
}

/** The hashed text, built from a body as canonicalEventBody returns it. */
export function eventHashInput(body: string, revision: number, previousHash: string | null): string {
  const previous = previousHash === null ? 'null' : `"${previousHash}"`;
  return `[${previous},${revision},${body.slice(1)}`;
}

/** The hashes a stream's events should carry, given all of them from revision 0 in order. */
export function chainHashes(stream: readonly HashedEvent[]): string[] {
  const hashes: string[] = [];
  let previous: string | null = null;
  for (const event of stream) {
    previous = eventHash(event, previous);
    hashes.push(previous);
  }
  return hashes;
}
