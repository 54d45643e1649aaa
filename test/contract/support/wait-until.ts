/** Polls `condition` until it holds; fails with `description` after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, description: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${description}`);
    await delay(10);
  }
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** `promise`'s outcome, or `fallback` if it takes longer than `ms`; leaves no timer behind. */
export async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<F>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Waits until the global log shows `position`. The port promises that
 * subscribers and readAll see an event eventually, not the moment its append
 * returns (PostgreSQL holds it back while an older transaction runs, even in
 * another database of the same server).
 */
export async function waitForHead(store: { headPosition(): Promise<number> }, position: number, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (let head = await store.headPosition(); head < position; head = await store.headPosition()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for the head to reach ${position} (at ${head})`);
    await delay(10);
  }
}
