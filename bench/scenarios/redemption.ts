import type { HttpClient } from '../lib/http-client';
import { runConcurrently } from '../lib/pool-run';
import { registerVolunteer, type Seeded } from '../lib/seed';
import { verifiedService } from '../lib/service-records';
import { round } from '../lib/stats';
import { signToken } from '../lib/tokens';

const CONCURRENT = 64;
const HOLDER_HOURS = 32;
const MINUTES_EACH = 60;

/**
 * 5. Redemption contention: a card holder with 32 hours of credit, and 64
 * concurrent one-hour redemptions on that one account. Correct means exactly
 * 32 succeed, 32 are refused INSUFFICIENT_CREDITS, and the balance ends at 0.
 * Runs last among the api scenarios: it lowers the street's star thresholds so
 * a card can be issued without 1,500 hours of seeding.
 */
export async function redemptionScenario(http: HttpClient, seeded: Seeded, jwtSecret: string) {
  const admin = signToken(jwtSecret, 'admin');
  await http.json('PUT', '/v1/policy/star-levels', admin, { thresholdHours: [1, 2, 3, 4, 5] });
  const holderId = await registerVolunteer(http, seeded, '持卡人');
  for (let hour = 0; hour < HOLDER_HOURS; hour += 1) {
    await http.json('POST', '/v1/service-records', seeded.staffToken, verifiedService(holderId, 40_000 + hour, MINUTES_EACH));
  }
  await http.json('POST', `/v1/volunteers/${holderId}/card`, seeded.staffToken, {});

  const statuses: number[] = [];
  const codes = new Map<string, number>();
  let highestPosition = 0;
  const run = await runConcurrently(CONCURRENT, CONCURRENT, async () => {
    const response = await http.send('POST', '/v1/redemptions', seeded.staffToken, { volunteerId: holderId, minutes: MINUTES_EACH, description: '基准测试 / bench' });
    statuses.push(response.status);
    const body = JSON.parse(response.body) as { code?: string; position?: number };
    if (body.code) codes.set(body.code, (codes.get(body.code) ?? 0) + 1);
    if (typeof body.position === 'number') highestPosition = Math.max(highestPosition, body.position);
    return response.status === 201 || (response.status === 409 && body.code === 'INSUFFICIENT_CREDITS');
  });
  const account = await http.send('GET', `/v1/volunteers/${holderId}/account`, seeded.staffToken, undefined, { 'x-min-position': String(highestPosition) });
  const succeeded = statuses.filter((status) => status === 201).length;
  const refused = codes.get('INSUFFICIENT_CREDITS') ?? 0;
  const creditMinutes = (JSON.parse(account.body) as { creditMinutes: number }).creditMinutes;
  const expected = HOLDER_HOURS;
  return {
    concurrent: CONCURRENT,
    credit_minutes_before: HOLDER_HOURS * MINUTES_EACH,
    succeeded,
    refused_insufficient: refused,
    other_errors: run.errors,
    credit_minutes_after: creditMinutes,
    correct: succeeded === expected && refused === CONCURRENT - expected && creditMinutes === 0 && run.errors === 0,
    seconds: round(run.elapsedMs / 1000, 3),
    decisions_per_s: round((CONCURRENT / run.elapsedMs) * 1000),
    note: `account read with X-Min-Position ${highestPosition}`,
  };
}
