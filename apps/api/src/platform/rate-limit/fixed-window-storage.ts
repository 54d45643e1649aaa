interface Window {
  /** When this window's count starts over (ms since the epoch). */
  endsAt: number;
  hits: number;
  /** Set once the count passes the limit: refused until then. */
  blockedUntil: number;
}

/** One key's count after a request; times in whole seconds. */
export interface Hits {
  totalHits: number;
  timeToExpire: number;
  isBlocked: boolean;
  timeToBlockExpire: number;
}

/** How many increments pass between sweeps of finished windows, so idle clients do not accumulate. */
const SWEEP_EVERY = 10_000;

/**
 * Rate-limit counters as fixed windows: one count per key and window, O(1)
 * per request. (@nestjs/throttler's storage kept every hit's expiry and
 * filtered the whole list on each request, which cost as much as the limit
 * is high.)
 * A fixed window lets a client spend its budget at the end of one window and
 * again at the start of the next (at most twice the limit within a minute),
 * which is fine for an abuse limit.
 */
export class FixedWindowThrottlerStorage {
  private readonly windows = new Map<string, Window>();
  private untilSweep = SWEEP_EVERY;

  constructor(private readonly now: () => number = Date.now) {}

  increment(key: string, ttl: number, limit: number, blockDuration: number): Hits {
    const now = this.now();
    this.sweepFinishedWindowsNowAndThen(now);
    let window = this.windows.get(key);
    if (!window || (window.endsAt <= now && window.blockedUntil <= now)) {
      window = { endsAt: now + ttl, hits: 0, blockedUntil: 0 };
      this.windows.set(key, window);
    }
    const blocked = window.blockedUntil > now;
    if (!blocked) {
      window.hits += 1;
      if (window.hits > limit) window.blockedUntil = Math.max(window.endsAt, now + blockDuration);
    }
    const isBlocked = window.blockedUntil > now;
    return {
      totalHits: window.hits,
      timeToExpire: seconds(window.endsAt - now),
      isBlocked,
      timeToBlockExpire: isBlocked ? seconds(window.blockedUntil - now) : 0,
    };
  }

  /** Counters held, for tests and metrics. */
  get size(): number {
    return this.windows.size;
  }

  private sweepFinishedWindowsNowAndThen(now: number): void {
    this.untilSweep -= 1;
    if (this.untilSweep > 0) return;
    this.untilSweep = SWEEP_EVERY;
    for (const [key, window] of this.windows) {
      if (window.endsAt <= now && window.blockedUntil <= now) this.windows.delete(key);
    }
  }
}

function seconds(milliseconds: number): number {
  return Math.max(0, Math.ceil(milliseconds / 1000));
}
