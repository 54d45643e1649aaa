/** One write of the load, retried with its Idempotency-Key until it has an answer that is not an outage. */
export interface Write {
  key: string;
  kind: 'record' | 'redeem' | 'redeem-provider';
  path: string;
  body: Record<string, unknown>;
  /** Whose credit the write changes, by how much, once acknowledged. */
  effects: Array<{ volunteerId: string; minutes: number }>;
  /** The final answer: a 2xx, or a refusal that is not an outage. */
  status?: number;
  response?: Record<string, unknown>;
  ackedAt?: number;
}

export interface Observation {
  at: number;
  status: number | 'unreachable' | 'hang';
  retryAfter: string | null;
  code?: string;
}

const HANG_MS = 10_000;

/**
 * A bounded write load of a few concurrent clients, each sending the next
 * write only once the last has its answer, as an office's PCs would. A write
 * that meets an outage (503, a dropped connection) is retried with the same
 * Idempotency-Key until it is answered; everything each attempt got is kept
 * for the checks.
 */
export class WriteLoad {
  readonly writes: Write[] = [];
  readonly observations: Observation[] = [];
  private running = false;
  private workers: Promise<void>[] = [];
  /** Counts on across pauses, so a write of a later phase never reuses a key of an earlier one. */
  private sequence = 0;

  constructor(
    private readonly url: () => Promise<string>,
    private readonly token: string,
    private readonly next: (worker: number, sequence: number) => Omit<Write, 'status' | 'response'>,
  ) {}

  start(concurrency: number): void {
    this.running = true;
    this.workers = Array.from({ length: concurrency }, async (_, worker) => {
      while (this.running) {
        const write: Write = { ...this.next(worker, this.sequence++) };
        this.writes.push(write);
        await this.settle(write);
      }
    });
  }

  /** Stops sending new writes and waits until every write under way has its answer. */
  async pause(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }

  /** When the first write was acknowledged after `since`. */
  firstAckAfter(since: number): number | null {
    const acks = this.writes.map((write) => write.ackedAt).filter((at): at is number => at !== undefined && at > since);
    return acks.length === 0 ? null : Math.min(...acks);
  }

  /** What the attempts since `since` were answered, counted by status and code: what a failure to recover reports. */
  answersSince(since: number): string {
    const counts = new Map<string, number>();
    for (const seen of this.observations.filter((observation) => observation.at >= since)) {
      const label = `${seen.status}${seen.code ? ` ${seen.code}` : ''}`;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
    return JSON.stringify(Object.fromEntries(counts));
  }

  private async settle(write: Write): Promise<void> {
    for (;;) {
      const at = Date.now();
      let response: Response;
      try {
        response = await fetch(`${await this.url()}${write.path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json', 'idempotency-key': write.key },
          body: JSON.stringify(write.body),
          signal: AbortSignal.timeout(HANG_MS),
        });
      } catch (error) {
        const hung = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        this.observations.push({ at, status: hung ? 'hang' : 'unreachable', retryAfter: null });
        await delay(250);
        continue;
      }
      const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
      this.observations.push({ at, status: response.status, retryAfter: response.headers.get('retry-after'), code: typeof body.code === 'string' ? body.code : undefined });
      if (response.status === 503) {
        await delay(Math.min(1_000, 1_000 * Number(response.headers.get('retry-after') ?? 1)));
        continue;
      }
      write.status = response.status;
      write.response = body;
      if (response.ok) write.ackedAt = Date.now();
      return;
    }
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
