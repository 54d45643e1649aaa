import type { LevelWithSilent } from 'pino';
import type { MetricsSettings } from '../metrics/metrics-settings';
import type { TracingSettings } from '../tracing/tracing-settings';

/** Everything the api and the cli read from the environment, parsed and checked once. */
export interface AppConfig {
  port: number;
  host: string;
  /** Absolute path: embedded PostgreSQL cluster, generated secrets. */
  dataDir: string;
  /** Absent: the embedded PostgreSQL under dataDir is used. */
  databaseUrl?: string;
  jwtSecret: string;
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
}

export const APP_CONFIG = Symbol('APP_CONFIG');
