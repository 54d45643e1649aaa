import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { EventToAppend } from '../event-store.port';
import { StreamAppender } from './stream-appender';

interface Statement {
  streams: string[];
  expected: string[];
  answer(rows?: Array<Record<string, unknown>>): void;
  /** Resolves with a result of any shape, as a broken driver might. */
  answerWith(result: unknown): void;
  fail(error: Error): void;
}

/** A pool whose shiji_append_batch statements wait until the test answers them; each answer appends everything. */
class StatementsByHand {
  readonly statements: Statement[] = [];
  private position = 0;

  pool(): Pool {
    return {
      query: (config: { values: unknown[] }) =>
        new Promise((resolve, reject) => {
          const [streams, expected, counts] = config.values as [string[], string[], number[]];
          this.statements.push({
            streams,
            expected,
            answer: (rows) => resolve({ rows: rows ?? this.appended(streams, counts) }),
            answerWith: resolve,
            fail: reject,
          });
        }),
    } as unknown as Pool;
  }

  private appended(streams: string[], counts: number[]) {
    return streams.map((_, index) => {
      this.position += counts[index];
      return { item: index + 1, outcome: 'appended', next_expected_revision: counts[index] - 1, last_position: String(this.position) };
    });
  }

  /** Lets promise callbacks run, so appends queued behind an answer are sent. */
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i += 1) await Promise.resolve();
  }
}

const anEvent = (): EventToAppend => ({
  eventId: randomUUID(),
  type: 'ServiceRecorded',
  version: 1,
  data: { minutes: 30 },
  metadata: { occurredAt: '2025-05-01T08:00:00.000Z', actor: { id: 'a', role: 'staff' }, commandId: 'c', correlationId: 'c', causationId: 'c' },
});

describe('StreamAppender grouping', () => {
  let hand: StatementsByHand;
  let appender: StreamAppender;

  beforeEach(() => {
    hand = new StatementsByHand();
    appender = new StreamAppender(hand.pool(), { maxInFlight: 2, maxAppends: 3 });
  });

  it('sends a lone append at once, on its own', async () => {
    const appended = appender.append('account-1', [anEvent()], 'no_stream');
    await hand.settle();
    expect(hand.statements.map((statement) => statement.streams)).toEqual([['account-1']]);
    hand.statements[0].answer();
    await expect(appended).resolves.toEqual({ result: { nextExpectedRevision: 0, position: 1 }, written: true });
  });

  it('gathers appends arriving while statements run: at most maxAppends, one per stream, in arrival order', async () => {
    const all = ['a', 'b', 'c', 'c', 'd', 'e', 'f'].map((streamId) => appender.append(streamId, [anEvent()], 'any'));
    await hand.settle();
    expect(hand.statements.map((statement) => statement.streams)).toEqual([['a'], ['b']]);

    hand.statements[0].answer();
    await hand.settle();
    // The second 'c' waits for the first; 'f' waits because the statement is full.
    expect(hand.statements[2].streams).toEqual(['c', 'd', 'e']);

    hand.statements[1].answer();
    await hand.settle();
    expect(hand.statements[3].streams).toEqual(['f']);

    hand.statements[2].answer();
    hand.statements[3].answer();
    await hand.settle();
    expect(hand.statements[4].streams).toEqual(['c']);
    hand.statements[4].answer();
    await expect(Promise.all(all)).resolves.toHaveLength(7);
  });

  it('keeps one stream’s appends in arrival order even across statements', async () => {
    const first = appender.append('s', [anEvent()], 'no_stream');
    const second = appender.append('s', [anEvent()], 0);
    const third = appender.append('s', [anEvent()], 1);
    await hand.settle();
    expect(hand.statements.map((statement) => statement.expected)).toEqual([['no_stream']]);
    hand.statements[0].answer();
    await hand.settle();
    expect(hand.statements.map((statement) => statement.expected)).toEqual([['no_stream'], ['0']]);
    hand.statements[1].answer();
    await hand.settle();
    expect(hand.statements[2].expected).toEqual(['1']);
    hand.statements[2].answer();
    await expect(Promise.all([first, second, third])).resolves.toHaveLength(3);
  });

  it('reports an append the statement did not answer rather than leaving it waiting', async () => {
    const blockers = ['x', 'y'].map((streamId) => appender.append(streamId, [anEvent()], 'any'));
    const batched = ['a', 'b'].map((streamId) => appender.append(streamId, [anEvent()], 'any'));
    await hand.settle();
    hand.statements[0].answer();
    await hand.settle();
    hand.statements[2].answer([{ item: 1, outcome: 'appended', next_expected_revision: 0, last_position: '9' }]);

    await expect(batched[0]).resolves.toMatchObject({ result: { position: 9 } });
    await expect(batched[1]).rejects.toThrow('shiji_append_batch answered 1 rows for 2 appends; stream b got none');
    hand.statements[1].answer();
    await expect(Promise.all(blockers)).resolves.toHaveLength(2);
  });

  it('rejects every append of a statement whose answer cannot be read, leaving none waiting and the queue moving', async () => {
    const blockers = ['x', 'y'].map((streamId) => appender.append(streamId, [anEvent()], 'any'));
    const batched = ['a', 'b'].map((streamId) => appender.append(streamId, [anEvent()], 'any'));
    await hand.settle();
    hand.statements[0].answer();
    await hand.settle();
    hand.statements[2].answerWith({ rows: null });

    for (const append of batched) await expect(append).rejects.toBeInstanceOf(TypeError);
    const later = appender.append('a', [anEvent()], 'any');
    await hand.settle();
    hand.statements[3].answer();
    hand.statements[1].answer();
    await expect(Promise.all([...blockers, later])).resolves.toHaveLength(3);
  });

  it('sends the appends of a failed statement again one by one', async () => {
    const blockers = ['x', 'y'].map((streamId) => appender.append(streamId, [anEvent()], 'any'));
    const batched = ['a', 'b'].map((streamId) => appender.append(streamId, [anEvent()], 'any'));
    await hand.settle();
    hand.statements[0].answer();
    await hand.settle();
    hand.statements[2].fail(Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' }));
    await hand.settle();

    expect(hand.statements.slice(3).map((statement) => statement.streams)).toEqual([['a'], ['b']]);
    hand.statements[3].answer();
    hand.statements[4].answer();
    hand.statements[1].answer();
    await expect(Promise.all([...blockers, ...batched])).resolves.toHaveLength(4);
  });

  it('drains a long queue with every append answered once', async () => {
    const appends = Array.from({ length: 3_000 }, (_, index) => appender.append(`stream-${index % 40}`, [anEvent()], 'any'));
    let answered = 0;
    while (answered < hand.statements.length || answered === 0) {
      await hand.settle();
      const open = hand.statements.slice(answered);
      answered += open.length;
      for (const statement of open) statement.answer();
      await hand.settle();
    }
    const outcomes = await Promise.all(appends);
    expect(outcomes).toHaveLength(3_000);
    expect(new Set(outcomes.map((outcome) => outcome.result.position)).size).toBe(3_000);
    expect(Math.max(...hand.statements.map((statement) => statement.streams.length))).toBe(3);
  });
});
