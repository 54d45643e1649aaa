import { FixedWindowThrottlerStorage } from './fixed-window-storage';

const MINUTE = 60_000;

describe('FixedWindowThrottlerStorage', () => {
  let now: number;
  let storage: FixedWindowThrottlerStorage;
  const hit = (key = 'client', limit = 3, blockDuration = MINUTE) => storage.increment(key, MINUTE, limit, blockDuration);

  beforeEach(() => {
    now = 1_000_000;
    storage = new FixedWindowThrottlerStorage(() => now);
  });

  it('lets exactly the limit through in a window, then blocks at least until the window ends', async () => {
    const shortBlock = () => hit('client', 3, 1_000);
    for (let i = 1; i <= 3; i += 1) expect(await shortBlock()).toEqual({ totalHits: i, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    now += 15_000;
    expect(await shortBlock()).toEqual({ totalHits: 4, timeToExpire: 45, isBlocked: true, timeToBlockExpire: 45 });
    // Refused requests do not count, so a client that keeps trying is not blocked for longer.
    now += 10_000;
    expect(await shortBlock()).toEqual({ totalHits: 4, timeToExpire: 35, isBlocked: true, timeToBlockExpire: 35 });
    now += 35_000;
    expect(await shortBlock()).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
  });

  it('blocks for the block duration from the request that went over (the guard passes the ttl by default)', async () => {
    for (let i = 0; i < 3; i += 1) await hit();
    now += 15_000;
    expect(await hit()).toEqual({ totalHits: 4, timeToExpire: 45, isBlocked: true, timeToBlockExpire: 60 });
    now += 59_000;
    expect(await hit()).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
    now += 1_000;
    expect(await hit()).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('keeps a block for its whole duration when it outlasts the window', async () => {
    for (let i = 0; i < 4; i += 1) await hit('client', 3, 5 * MINUTE);
    now += 2 * MINUTE;
    expect(await hit('client', 3, 5 * MINUTE)).toMatchObject({ isBlocked: true, timeToBlockExpire: 180 });
    now += 3 * MINUTE;
    expect(await hit('client', 3, 5 * MINUTE)).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('counts each key on its own', async () => {
    for (let i = 0; i < 4; i += 1) await hit('a');
    expect(await hit('b')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('forgets finished windows, so idle clients do not pile up', async () => {
    for (let i = 0; i < 5_000; i += 1) await hit(`client-${i}`);
    now += MINUTE;
    for (let i = 0; i < 5_000; i += 1) await hit('busy', 1_000_000);
    expect(storage.size).toBe(1);
  });
});
