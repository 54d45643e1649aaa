import type { AppConfig } from './app-config';
import { parseEnvironment, type Environment } from './environment';
import { readOrCreateJwtSecret } from './jwt-secret';

/** The api's and the cli's single way to get their configuration. Throws ConfigError. */
export async function loadConfig(env: Environment = process.env): Promise<AppConfig> {
  const settings = parseEnvironment(env);
  const jwtSecret = settings.jwtSecret ?? (await readOrCreateJwtSecret(settings.dataDir));
  return { ...settings, jwtSecret };
}
