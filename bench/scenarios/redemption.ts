import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FEATURES = join(__dirname, '..', '..', 'apps', 'api', 'src', 'features');

/** 5. Redemption contention: measured only once the api has a POST /v1/redemptions route. */
export function redemptionScenario() {
  const hasRoute = existsSync(FEATURES) && readdirSync(FEATURES).some((name) => name.startsWith('redemption'));
  return hasRoute ? { skipped: 'redemption route found but not benchmarked yet' } : { skipped: 'no redemption route' };
}
