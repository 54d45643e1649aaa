import { hash, randomUUID } from 'node:crypto';

export interface Actor {
  id: string;
  role: string;
}

/**
 * Who asks, and the ids that tie a command to its events. With an
 * Idempotency-Key every id is derived from it, so a retried request decides
 * the same ids and the store recognises events it already holds.
 */
export class CommandContext {
  private readonly counters = new Map<string, number>();

  private constructor(
    readonly actor: Actor,
    readonly commandId: string,
    readonly correlationId: string,
    readonly causationId: string,
    readonly now: Date,
    private readonly deterministic: boolean,
  ) {}

  static create(options: { actor: Actor; idempotencyKey?: string; correlationId?: string; now: Date }): CommandContext {
    const commandId = options.idempotencyKey ? uuidFrom(`command:${options.actor.id}:${options.idempotencyKey}`) : randomUUID();
    const correlationId = options.correlationId ?? commandId;
    return new CommandContext(options.actor, commandId, correlationId, commandId, options.now, options.idempotencyKey !== undefined);
  }

  /** A new id for something this command creates (a record, a redemption…); stable across retries of the same request. */
  newId(kind: string): string {
    const count = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, count);
    return this.deterministic ? uuidFrom(`${this.commandId}:${kind}:${count}`) : randomUUID();
  }

  /** The id of the index-th event this command appends to a stream. */
  eventId(streamId: string, index: number): string {
    return uuidFrom(`${this.commandId}:${streamId}:${index}`);
  }
}

/**
 * A name-based (version 5 layout) UUID from SHA-1, so equal names give equal
 * ids. One-shot hash(): every append derives its event ids here, and a Hash
 * object per id cost about as much again.
 */
export function uuidFrom(name: string): string {
  const digest = hash('sha1', `shiji:${name}`, 'buffer');
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;
  const hex = digest.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
