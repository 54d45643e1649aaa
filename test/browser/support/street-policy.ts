import { mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from '@playwright/test';
import { admin, call } from './journey';
import { STATE_FILE } from './server';

/** Held while a journey has the street-wide policy changed; the global setup clears it. */
export const STREET_POLICY_LOCK = join(dirname(STATE_FILE), 'street-policy.lock');
/** A holder whose journey died without releasing it is given up on after this long (no journey holds it so long). */
const ABANDONED_AFTER_MS = 180_000;

export async function defaultPolicy(): Promise<void> {
  await call('PUT', '/v1/policy/star-levels', admin(), { thresholdHours: [100, 300, 600, 1000, 1500] });
  await call('PUT', '/v1/policy/card', admin(), { minStarLevel: 5 });
}

/**
 * Runs `work`, which may change the street-wide policy (star thresholds, the
 * card's rule), while no other journey does: journeys run side by side and
 * those that change the policy read back what they set. It starts from the
 * default policy and leaves it so. The time spent waiting is added to the
 * journey's timeout.
 */
export async function withStreetPolicy<T>(work: () => Promise<T>): Promise<T> {
  const waitingSince = Date.now();
  while (!tryLock()) await new Promise((resolve) => setTimeout(resolve, 200));
  test.info().setTimeout(test.info().timeout + (Date.now() - waitingSince));
  try {
    await defaultPolicy();
    const result = await work();
    await defaultPolicy();
    return result;
  } finally {
    rmSync(STREET_POLICY_LOCK, { recursive: true, force: true });
  }
}

function tryLock(): boolean {
  try {
    mkdirSync(STREET_POLICY_LOCK);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    if (Date.now() - lockedAt() > ABANDONED_AFTER_MS) rmSync(STREET_POLICY_LOCK, { recursive: true, force: true });
    return false;
  }
}

function lockedAt(): number {
  try {
    return statSync(STREET_POLICY_LOCK).mtimeMs;
  } catch {
    return Date.now();
  }
}
