import { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { VIEWS_REPLACED_CHANNEL } from '@shiji/projections';
import type { AppConfig } from '../platform/config/app-config';
import type { LogWatch } from './log-watch';
import { ReadModels } from './read-models';

/** A pool whose account statement answers one document, and whose LISTEN connection is up (a client) or down (refused). */
function fakePool(listen: 'up' | 'down') {
  const listener = Object.assign(new EventEmitter(), {
    listened: [] as string[],
    query: async (text: string) => void listener.listened.push(text),
    release: () => undefined,
    escapeIdentifier: (name: string) => `"${name}"`,
  });
  let reads = 0;
  const pool = {
    connect: async () => {
      if (listen === 'down') throw new Error('connection refused');
      return listener;
    },
    query: async () => {
      reads += 1;
      return { rows: [{ d0: { creditMinutes: 60 }, position: '7' }] };
    },
  };
  return { pool: pool as unknown as Pool, listener, reads: () => reads };
}

const quietLog: LogWatch = { nothingAfter: () => true };
const cached: Pick<AppConfig, 'cachedAccountReads'> = { cachedAccountReads: true };

describe('ReadModels: how long a kept account snapshot serves', () => {
  const read = (models: ReadModels) => models.findAtPosition({ account: ['accounts', 'v-1'] as const });
  const settle = () => new Promise((resolve) => jest.requireActual<typeof import('node:timers')>('node:timers').setImmediate(resolve));

  /** Reads, reads again just before `ms` has passed (answered from memory), and once more at `ms` (from the database). */
  async function expectKeptFor(models: ReadModels, reads: () => number, ms: number): Promise<void> {
    const before = reads();
    await read(models);
    jest.setSystemTime(Date.now() + ms - 1);
    await read(models);
    expect(reads()).toBe(before + 1);
    jest.setSystemTime(Date.now() + 1);
    await read(models);
    expect(reads()).toBe(before + 2);
  }

  beforeEach(() => {
    jest.useFakeTimers({ now: 1_000_000, doNotFake: ['setImmediate', 'nextTick', 'queueMicrotask'] });
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('up to 60 s while it hears the replay notice, and not a moment after the notice', async () => {
    const { pool, listener, reads } = fakePool('up');
    const models = new ReadModels(pool, quietLog, cached);
    models.onApplicationBootstrap();
    await settle();
    expect(listener.listened).toEqual([`LISTEN "${VIEWS_REPLACED_CHANNEL}"`]);
    await expectKeptFor(models, reads, 60_000);

    listener.emit('notification', { channel: VIEWS_REPLACED_CHANNEL, payload: '42' });
    await read(models);
    expect(reads()).toBe(3);
    await models.onModuleDestroy();
  });

  it('5 s while it cannot hear it (a replay could pass unheard)', async () => {
    const { pool, reads } = fakePool('down');
    const models = new ReadModels(pool, quietLog, cached);
    models.onApplicationBootstrap();
    await settle();
    await expectKeptFor(models, reads, 5_000);
    await models.onModuleDestroy();
  });
});
