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
    /**
     * This very command may have been applied already and its answer lost
     * (a keyed retry that took over the claim of a request that never
     * answered, or a process manager's follow-up): before deciding, the
     * repository looks for the events it would have appended, and answers
     * with those. Only a deterministic context can be such a retry.
     */
    readonly possiblyApplied: boolean,
    private readonly onAppended: () => void = () => undefined,
    /** W3C trace context of the request, carried into the events' metadata beside the correlation id. */
    readonly traceparent?: string,
    /**
     * The revision the client's If-Match names, on a route that honours it:
     * the route passes it to the repository for the resource's stream.
     */
    readonly expectedRevision?: number,
  ) {}

  static create(options: {
    actor: Actor;
    idempotencyKey?: string;
    correlationId?: string;
    traceparent?: string;
    now: Date;
    possiblyApplied?: boolean;
    /** Told of every append the command makes (so a failed request knows whether it changed anything). */
    onAppended?: () => void;
    expectedRevision?: number;
  }): CommandContext {
    const commandId = options.idempotencyKey ? uuidFrom(`command:${options.actor.id}:${options.idempotencyKey}`) : randomUUID();
    const correlationId = options.correlationId ?? commandId;
    const deterministic = options.idempotencyKey !== undefined;
    return new CommandContext(
      options.actor,
      commandId,
      correlationId,
      commandId,
      options.now,
      deterministic,
      deterministic && options.possiblyApplied === true,
      options.onAppended,
      options.traceparent,
      options.expectedRevision,
    );
  }

  /**
   * The context of the step that follows an event in another stream (the
   * second half of a move between two accounts): its ids derive from that
   * event's id, so whoever takes the step (the request that appended the
   * intent, or the process manager after a crash) appends the same events,
   * once. It acts for the intent's actor and is caused by the intent.
   */
  static followUp(intent: { eventId: string; actor: Actor; correlationId: string }, step: string, now: Date): CommandContext {
    const commandId = uuidFrom(`follow-up:${intent.eventId}:${step}`);
    return new CommandContext(intent.actor, commandId, intent.correlationId, intent.eventId, now, true, true);
  }

  /** A new id for something this command creates (a record, a redemption…); stable across retries of the same request. */
  newId(kind: string): string {
    const count = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, count);
    return this.deterministic ? uuidFrom(`${this.commandId}:${kind}:${count}`) : randomUUID();
  }

  /** The repository calls this after each append of the command. */
  noteAppended(): void {
    this.onAppended();
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
