import type { Actor } from './actor';

interface Verified {
  actor: Actor;
  validUntilMs: number;
}

/**
 * Tokens this process has verified, with the actor each names, until the
 * token expires. A client sends the same token with every request; checking
 * its HMAC and parsing its claims again each time was about 7 % of the api's
 * CPU on an account read. Only the byte-identical token hits, so an altered
 * one is verified, and refused, in full. At `capacity` the oldest entry
 * makes room. The actors are frozen: every request with the token shares one.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, Verified>();

  constructor(
    private readonly capacity: number,
    private readonly now: () => number = Date.now,
  ) {}

  get(token: string): Actor | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    if (this.now() < entry.validUntilMs) return entry.actor;
    this.entries.delete(token);
    return undefined;
  }

  remember(token: string, actor: Actor, validUntilMs: number): Actor {
    const frozen = Object.freeze({ ...actor, communities: Object.freeze([...actor.communities]) });
    if (this.entries.size >= this.capacity && !this.entries.has(token)) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(token, { actor: frozen, validUntilMs });
    return frozen;
  }

  get size(): number {
    return this.entries.size;
  }
}
