import { Inject, Injectable } from '@nestjs/common';
import { currentVersion, DomainError, fold, POLICY_STREAM, toDomainEvent, type Decider, type DomainEvent } from '@shiji/domain';
import { EVENT_STORE, WrongExpectedRevisionError, type EventStore, type EventToAppend } from '@shiji/event-store';
import type { CommandContext } from './command-context';
import { revisionMismatch } from './if-match';
import { KeyedLock } from './keyed-lock';
import { StreamHeads } from './stream-heads';
import { StreamStateCache } from './stream-state-cache';

export interface Loaded<S> {
  state: S;
  /** -1 when the stream does not exist yet. */
  revision: number;
}

export interface CommandOutcome<E> {
  streamId: string;
  events: E[];
  /** Global position of the last event written; null when the command changed nothing. */
  position: number | null;
}

/**
 * Where a stream's events belong when its decider cannot say: a stream owned
 * by something that lives in a community held by another stream (an account
 * or a person is its volunteer's). The decider's own answer comes first.
 */
export interface StreamHome {
  homeCommunity?: string;
}

export interface HandleOptions extends StreamHome {
  /**
   * Append only if the stream is at this revision (the client's If-Match):
   * otherwise 412 PRECONDITION_FAILED, nothing appended, no second round.
   */
  expectedRevision?: number;
}

/** Conflicts beyond this many rounds are real contention, reported to the client as 409. */
const MAX_ATTEMPTS = 12;

/**
 * Streams of which a street has exactly one, read by every write of their
 * kind, that may not exist yet: the policy, until somebody first changes it.
 * Their absence is cached and watched like a state, so a street on the default
 * policy does not read the policy stream on every recorded service. Other
 * absent streams are not kept: ids naming no stream must not fill the cache.
 */
const KEPT_WHEN_ABSENT: ReadonlySet<string> = new Set([POLICY_STREAM]);

/**
 * Load → decide → append with the revision read. On a revision conflict the
 * stream is reloaded and the command decided again, a bounded number of times.
 */
@Injectable()
export class EventSourcedRepository {
  private readonly lock = new KeyedLock();
  private readonly cache: StreamStateCache;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly heads: StreamHeads,
  ) {
    this.cache = new StreamStateCache(10_000, (streamId) => heads.forget(streamId));
  }

  /**
   * A stream's current state: the cached one when the log shows nothing newer
   * (no round trip), else the cached one brought up to date with the events
   * appended since. For reference reads in handlers and guards; a command's
   * own stream goes through handle(), whose append checks the revision.
   */
  async load<E extends DomainEvent, S>(
    streamId: string,
    decider: Pick<Decider<unknown, E, S>, 'evolve' | 'initialState' | 'foldMany'>,
    /** Ask the store even when the watch shows nothing newer: for a decision another instance may have just changed. */
    options: { latest?: boolean } = {},
  ): Promise<Loaded<S>> {
    const cached = this.cache.get<S>(streamId);
    if (cached && !options.latest && this.heads.isCurrent(streamId, cached.revision)) return cached;
    this.heads.watch(streamId);
    const from = cached ?? { revision: -1, state: decider.initialState() };
    const newer = await this.store.readStream(streamId, { fromRevision: from.revision + 1 });
    if (newer.length === 0) {
      if (!cached && KEPT_WHEN_ABSENT.has(streamId)) this.cache.set(streamId, from.revision, from.state);
      // No such stream: nothing is kept, so nothing is watched (ids naming no stream must not pile up).
      else if (!cached) this.heads.forget(streamId);
      return from;
    }
    const state = fold(decider, newer.map((stored) => toDomainEvent(stored) as E), from.state);
    const revision = newer[newer.length - 1].revision;
    this.cache.set(streamId, revision, state);
    return { state, revision };
  }

  /** Decides `command` (or the command built from the current state) and appends its events. */
  async handle<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => C | Promise<C>),
    context: CommandContext,
    where: HandleOptions = {},
  ): Promise<CommandOutcome<E>> {
    return this.lock.run(streamId, async () => {
      try {
        if (context.possiblyApplied) {
          const applied = await this.appliedAlready(streamId, decider, command, context);
          if (applied) return applied;
        }
        return await this.attempts(streamId, decider, command, context, where);
      } finally {
        // A command that left nothing cached (refused on a stream that does not exist, say) leaves nothing watched.
        if (!this.cache.has(streamId)) this.heads.forget(streamId);
      }
    });
  }

  /**
   * The outcome this command had when it was applied before and its answer
   * was lost: its events, found by the ids the context derives, as they are
   * stored. The command is built once more from the state the stream had just
   * before them (what the first run saw), so whatever the caller computes
   * from that state comes out as it did the first time. Null: not applied.
   */
  private async appliedAlready<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => C | Promise<C>),
    context: CommandContext,
  ): Promise<CommandOutcome<E> | null> {
    const stored = await this.store.readStream(streamId);
    const first = context.eventId(streamId, 0);
    const start = stored.findIndex((event) => event.eventId.toLowerCase() === first);
    if (start === -1) return null;
    let end = start + 1;
    while (end < stored.length && stored[end].eventId.toLowerCase() === context.eventId(streamId, end - start)) end += 1;
    const before = fold(decider, stored.slice(0, start).map((event) => toDomainEvent(event) as E));
    if (typeof command === 'function') await (command as (s: S) => C | Promise<C>)(before);
    const ours = stored.slice(start, end);
    return { streamId, events: ours.map((event) => toDomainEvent(event) as E), position: ours[ours.length - 1].position };
  }

  /** Load → decide → append, again on a revision conflict, a bounded number of times. */
  private async attempts<C, E extends DomainEvent, S>(
    streamId: string,
    decider: Decider<C, E, S>,
    command: C | ((state: S) => C | Promise<C>),
    context: CommandContext,
    where: HandleOptions,
  ): Promise<CommandOutcome<E>> {
    const expected = where.expectedRevision;
    for (let attempt = 1; ; attempt += 1) {
      // First try the cached state as is: the append's revision check catches a stale cache, so
      // the usual command costs one round trip. Anything decided on it besides a successful
      // append (a refusal, a no-op) is only believed after a fresh read.
      const cached = attempt === 1 && expected === undefined ? this.cache.get<S>(streamId) : undefined;
      const { state, revision } = cached ?? (await this.load(streamId, decider, { latest: expected !== undefined }));
      if (expected !== undefined && revision !== expected) throw revisionMismatch(revision);
      const resolved = typeof command === 'function' ? await (command as (s: S) => C | Promise<C>)(state) : command;
      let events: E[];
      try {
        events = decider.decide(resolved, state);
      } catch (error) {
        if (cached && error instanceof DomainError) continue;
        throw error;
      }
      if (events.length === 0) {
        if (cached) continue;
        return { streamId, events, position: null };
      }
      const next = fold(decider, events, state);
      const toAppend = events.map((event, index): EventToAppend => {
        const community = decider.communityOf?.(event, next) ?? where.homeCommunity;
        return {
          eventId: context.eventId(streamId, index),
          type: event.type,
          version: currentVersion(event.type),
          data: event.data as unknown as Record<string, unknown>,
          metadata: {
            occurredAt: context.now.toISOString(),
            actor: { id: context.actor.id, role: context.actor.role },
            ...(community ? { communityId: community } : {}),
            commandId: context.commandId,
            correlationId: context.correlationId,
            causationId: context.causationId,
            ...(context.traceparent ? { traceparent: context.traceparent } : {}),
          },
        };
      });
      try {
        // Watched before the append, so anything appended after ours is noted and the state cached below stays honest.
        this.heads.watch(streamId);
        const result = await this.store.appendToStream(streamId, toAppend, { expectedRevision: revision === -1 ? 'no_stream' : revision });
        context.noteAppended();
        // Known at once, before the watch reads it: views read before this append are no longer current.
        this.heads.noteExisting(result.position);
        // An idempotent replay returns the original result: the state we folded is then not the stream's.
        if (result.nextExpectedRevision === revision + events.length) this.cache.set(streamId, result.nextExpectedRevision, next);
        else this.cache.forget(streamId);
        return { streamId, events, position: result.position };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
        this.cache.forget(streamId);
        // Someone appended after the revision the client read: deciding again would ignore their If-Match.
        if (expected !== undefined) throw revisionMismatch((await this.load(streamId, decider, { latest: true })).revision);
      }
    }
  }
}
