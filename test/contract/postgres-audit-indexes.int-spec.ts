import { canonicalEventBody, eventStoreMigrations, PostgresAuditLog, type EventLogFilter } from '@shiji/event-store';
import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import type { QueryRunner } from 'typeorm';
import { anEvent, uniqueStreamId } from './support/events';
import { createPostgresStore, type MigratedStore } from './support/postgres-store';

const STREAMS = 100;
const EVENTS_PER_STREAM = 40;
const INDEXES = ['shiji_events_community_position_idx', 'shiji_events_actor_position_idx', 'shiji_events_volunteer_position_idx'];

/** Stream i: volunteer v-i in the data, community c-(i mod 50), actor a-(i mod 50). */
function streamEvents(streamId: string, index: number): string[] {
  return Array.from({ length: EVENTS_PER_STREAM }, () => {
    const event = anEvent('ServiceRecorded', { volunteerId: `v-${index}` });
    const metadata = { ...event.metadata, communityId: `c-${index % 50}`, actor: { id: `a-${index % 50}`, role: 'staff' } };
    return canonicalEventBody({ ...event, metadata, streamId });
  });
}

/** The audit log's filters by community, actor and volunteer read a page from their expression indexes, not by walking the log. */
describe('PostgreSQL audit filter indexes', () => {
  let subject: MigratedStore;
  let pool: Pool;
  let audit: PostgresAuditLog;

  beforeAll(async () => {
    subject = await createPostgresStore();
    pool = openPool({ connectionString: subject.url, max: 2 });
    audit = new PostgresAuditLog(pool);
    const streamIds = Array.from({ length: STREAMS }, () => uniqueStreamId('account'));
    await pool.query('SELECT count(*) FROM shiji_append_batch($1, $2, $3, $4)', [
      streamIds,
      streamIds.map(() => 'no_stream'),
      streamIds.map(() => EVENTS_PER_STREAM),
      streamIds.flatMap((streamId, index) => streamEvents(streamId, index)),
    ]);
    await pool.query('ANALYZE shiji_events');
  });

  afterAll(async () => {
    await pool?.end();
    await subject?.cleanup();
  });

  /** The plan the audit page statement gets for `filter`, as PostgresAuditLog.page sends it (unnamed, so planned with its values). */
  async function planOf(filter: EventLogFilter): Promise<string> {
    const sent: Array<{ text: string; values: unknown[] }> = [];
    const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    const spy = jest.spyOn(pool, 'query').mockImplementation(((text: string, values: unknown[]) => {
      sent.push({ text, values });
      return query(text, values);
    }) as never);
    try {
      await audit.page(filter, 0, 50);
    } finally {
      spy.mockRestore();
    }
    const { rows } = await pool.query<{ 'QUERY PLAN': unknown }>(`EXPLAIN (FORMAT JSON) ${sent[0].text}`, sent[0].values);
    return JSON.stringify(rows[0]['QUERY PLAN']);
  }

  it.each([
    ['community', { communityId: 'c-7' }, 'shiji_events_community_position_idx'],
    ['actor', { actorId: 'a-7' }, 'shiji_events_actor_position_idx'],
    ['volunteer named in the data', { volunteerId: 'v-7' }, 'shiji_events_volunteer_position_idx'],
  ])('a filter by %s reads its index', async (_name, filter: EventLogFilter, index) => {
    expect(await planOf(filter)).toContain(index);
  });

  it('still answers the same events, in log order', async () => {
    const byCommunity = await audit.page({ communityId: 'c-7' }, 0, 1000);
    expect(byCommunity).toHaveLength(2 * EVENTS_PER_STREAM);
    expect(byCommunity.every((event) => event.metadata.communityId === 'c-7')).toBe(true);
    expect(byCommunity.map((event) => event.position)).toEqual([...byCommunity.map((event) => event.position)].sort((a, b) => a - b));
    const byVolunteer = await audit.page({ volunteerId: 'v-7' }, 0, 1000);
    expect(byVolunteer.map((event) => event.data.volunteerId)).toEqual(Array(EVENTS_PER_STREAM).fill('v-7'));
  });

  it('migrates down and up again', async () => {
    const Migration = eventStoreMigrations.find((migration) => migration.name === 'AddAuditFilterIndexes1766400000000');
    if (!Migration) throw new Error('AddAuditFilterIndexes1766400000000 is not among the event store migrations');
    const runner = { query: (sql: string) => pool.query(sql) } as unknown as QueryRunner;
    const present = async () => (await pool.query<{ indexname: string }>("SELECT indexname FROM pg_indexes WHERE tablename = 'shiji_events'")).rows.map((row) => row.indexname);
    await new Migration().down(runner);
    expect(await present()).not.toEqual(expect.arrayContaining([INDEXES[0]]));
    await new Migration().up(runner);
    expect(await present()).toEqual(expect.arrayContaining(INDEXES));
  });
});
