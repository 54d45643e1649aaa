import { resolve } from 'node:path';
import type { LevelWithSilent } from 'pino';
import { ConfigError } from './config.error';
import { parseDurationSeconds } from './duration';
import { parseMetricsSettings, type MetricsSettings } from '../metrics/metrics-settings';
import { parseTracingSettings, type TracingSettings } from '../tracing/tracing-settings';
import { MIN_JWT_SECRET_LENGTH } from './jwt-secret';

/** The settings as read from the environment, before secrets are resolved from DATA_DIR. */
export interface EnvironmentSettings {
  port: number;
  host: string;
  /** Absolute path: embedded PostgreSQL cluster, generated secrets. */
  dataDir: string;
  /** Absent: the embedded PostgreSQL under dataDir is used. */
  databaseUrl?: string;
  /** Absent: generated into dataDir at first start. */
  jwtSecret?: string;
  tokenTtlSeconds: number;
  logLevel: LevelWithSilent;
  /** Present: the event store is EventStoreDB instead of PostgreSQL. */
  eventStoreConnectionString?: string;
  projectionsInProcess: boolean;
  /**
   * CACHED_REFERENCE_READS (default true): a command's reads of other streams (a staff member's
   * grants, the volunteer a record names) use states kept current by watching the log; false reads
   * the stream every time.
   */
  cachedReferenceReads: boolean;
  /**
   * CACHED_ACCOUNT_READS (default true): an account read is served from memory while no event is
   * known after the position its views had reached; false asks the database every time.
   */
  cachedAccountReads: boolean;
  /** Requests per minute, per client address and per token (RATE_LIMIT_PER_MINUTE, default 600). */
  rateLimitPerMinute: number;
  /** CORS allow-list (CORS_ORIGINS, comma-separated); empty: no cross-origin browser calls. */
  corsOrigins: string[];
  /** /health reports degraded once a projection is this many events behind the log (HEALTH_MAX_LAG_EVENTS, default 10,000). */
  healthMaxLagEvents: number;
  /**
   * /health reports degraded once the oldest event a projection has not applied, or the oldest move
   * left half-done, is this old (HEALTH_MAX_LAG_SECONDS, default 30).
   */
  healthMaxLagSeconds: number;
  /** METRICS_PORT, METRICS_HOST, METRICS_TOKEN: the separate /metrics listener. */
  metrics: MetricsSettings;
  /** OTEL_EXPORTER_OTLP_ENDPOINT, OTEL_SERVICE_NAME: traces, when an endpoint is set. */
  tracing: TracingSettings;
  /** PUBLIC_URL: the origin people reach the console at (activation links, allowed Origin); unset: the Host a request came to. */
  publicUrl?: string;
  /** SIGN_IN_FAILURES_PER_ADDRESS (default 20): failed sign-ins and activations per client address in 15 minutes. */
  signInFailuresPerAddress: number;
  /** MONTHLY_CLOSING (default true): each api instance closes the units' monthly records on its own once a Shanghai month is over. */
  monthlyClosing: boolean;
}

export type Environment = Readonly<Record<string, string | undefined>>;

const LOG_LEVELS: readonly LevelWithSilent[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, '1': true, yes: true, false: false, '0': false, no: false };
const DATABASE_PROTOCOLS = ['postgres:', 'postgresql:'];
// What @eventstore/db-client understands.
const EVENTSTORE_PROTOCOLS = ['esdb:', 'esdb+discover:'];
/** The longest a CLI token may live: longer-lived credentials belong in a secret store, not a token. */
export const MAX_TOKEN_TTL_SECONDS = 30 * 86_400;

/** Reads and checks every variable, reporting all problems at once. */
export function parseEnvironment(env: Environment, cwd = process.cwd()): EnvironmentSettings {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === '' ? undefined : raw;
  };
  const fail = <T>(name: string, expected: string, fallback: T): T => {
    problems.push(`${name} must be ${expected} (got ${JSON.stringify(env[name])})`);
    return fallback;
  };

  const portText = value('PORT') ?? '3000';
  const port = /^\d+$/.test(portText) && Number(portText) <= 65_535 ? Number(portText) : fail('PORT', 'an integer from 0 to 65535', 0);

  const ttlText = value('TOKEN_TTL') ?? '8h';
  const parsedTtl = parseDurationSeconds(ttlText);
  const tokenTtlSeconds =
    parsedTtl !== undefined && parsedTtl <= MAX_TOKEN_TTL_SECONDS ? parsedTtl : fail('TOKEN_TTL', 'a positive duration of at most 30d such as 900, 15m, 8h or 7d', 0);

  const logLevelText = (value('LOG_LEVEL') ?? 'info').toLowerCase();
  const logLevel = LOG_LEVELS.find((level) => level === logLevelText) ?? fail('LOG_LEVEL', `one of ${LOG_LEVELS.join(', ')}`, 'info');

  const projectionsText = (value('PROJECTIONS_IN_PROCESS') ?? 'true').toLowerCase();
  const projectionsInProcess = BOOLEANS[projectionsText] ?? fail('PROJECTIONS_IN_PROCESS', 'true or false', true);

  const cachedText = (value('CACHED_REFERENCE_READS') ?? 'true').toLowerCase();
  const cachedReferenceReads = BOOLEANS[cachedText] ?? fail('CACHED_REFERENCE_READS', 'true or false', true);

  const accountCacheText = (value('CACHED_ACCOUNT_READS') ?? 'true').toLowerCase();
  const cachedAccountReads = BOOLEANS[accountCacheText] ?? fail('CACHED_ACCOUNT_READS', 'true or false', true);

  const rateText = value('RATE_LIMIT_PER_MINUTE') ?? '600';
  const rateLimitPerMinute = /^\d+$/.test(rateText) && Number(rateText) > 0 ? Number(rateText) : fail('RATE_LIMIT_PER_MINUTE', 'a positive integer', 600);

  const positiveInteger = (name: string, fallback: number): number => {
    const text = value(name) ?? String(fallback);
    return /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : fail(name, 'a positive integer', fallback);
  };
  const healthMaxLagEvents = positiveInteger('HEALTH_MAX_LAG_EVENTS', 10_000);
  const healthMaxLagSeconds = positiveInteger('HEALTH_MAX_LAG_SECONDS', 30);

  const corsOrigins = (value('CORS_ORIGINS') ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  for (const origin of corsOrigins) {
    if (!isOrigin(origin)) fail('CORS_ORIGINS', 'a comma-separated list of origins such as https://shiji.example.org', undefined);
  }

  const publicUrl = value('PUBLIC_URL');
  if (publicUrl !== undefined && !isOrigin(publicUrl)) fail('PUBLIC_URL', 'an origin such as https://shiji.example.org', undefined);

  const failuresText = value('SIGN_IN_FAILURES_PER_ADDRESS') ?? '20';
  const signInFailuresPerAddress = /^\d+$/.test(failuresText) && Number(failuresText) > 0 ? Number(failuresText) : fail('SIGN_IN_FAILURES_PER_ADDRESS', 'a positive integer', 20);

  const databaseUrl = value('DATABASE_URL');
  if (databaseUrl !== undefined && !hasProtocol(databaseUrl, DATABASE_PROTOCOLS)) {
    fail('DATABASE_URL', 'a postgres:// or postgresql:// connection string', undefined);
  }

  const eventStoreConnectionString = value('EVENTSTORE_CONNECTION_STRING');
  if (eventStoreConnectionString !== undefined && !hasProtocol(eventStoreConnectionString, EVENTSTORE_PROTOCOLS)) {
    fail('EVENTSTORE_CONNECTION_STRING', 'an esdb:// or esdb+discover:// connection string', undefined);
  }

  const jwtSecret = value('JWT_SECRET');
  if (jwtSecret !== undefined && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    // The value itself is a secret: name its length only.
    problems.push(`JWT_SECRET must be at least ${MIN_JWT_SECRET_LENGTH} characters (got ${jwtSecret.length})`);
  }

  const monthlyClosingText = (value('MONTHLY_CLOSING') ?? 'true').toLowerCase();
  const monthlyClosing = BOOLEANS[monthlyClosingText] ?? fail('MONTHLY_CLOSING', 'true or false', true);

  const metrics = parseMetricsSettings(value, problems);
  const tracing = parseTracingSettings(value, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port,
    host: value('HOST') ?? '0.0.0.0',
    dataDir: resolve(cwd, value('DATA_DIR') ?? '.data'),
    databaseUrl,
    jwtSecret,
    tokenTtlSeconds,
    logLevel,
    eventStoreConnectionString,
    projectionsInProcess,
    cachedReferenceReads,
    cachedAccountReads,
    rateLimitPerMinute,
    corsOrigins,
    healthMaxLagEvents,
    healthMaxLagSeconds,
    metrics,
    tracing,
    publicUrl,
    signInFailuresPerAddress,
    monthlyClosing,
  };
}

/** scheme://host[:port] and nothing else, as browsers send it in Origin. */
function isOrigin(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === text;
  } catch {
    return false;
  }
}

function hasProtocol(text: string, protocols: readonly string[]): boolean {
  try {
    return protocols.includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
