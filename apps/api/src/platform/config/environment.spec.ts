import { ConfigError } from './config.error';
import { parseEnvironment } from './environment';

describe('parseEnvironment', () => {
  it('applies the defaults to an empty environment', () => {
    expect(parseEnvironment({}, '/srv/shiji')).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '/srv/shiji/.data',
      databaseUrl: undefined,
      jwtSecret: undefined,
      tokenTtlSeconds: 8 * 3600,
      logLevel: 'info',
      eventStoreConnectionString: undefined,
      projectionsInProcess: true,
      cachedReferenceReads: true,
      cachedAccountReads: true,
      rateLimitPerMinute: 600,
      corsOrigins: [],
      healthMaxLagEvents: 10_000,
      healthMaxLagSeconds: 30,
      metrics: { port: 9464, host: '127.0.0.1' },
      tracing: { serviceName: 'shiji-api' },
      publicUrl: undefined,
      signInFailuresPerAddress: 20,
      monthlyClosing: true,
    });
  });

  it('reads every variable', () => {
    const settings = parseEnvironment(
      {
        PORT: '8080',
        HOST: '127.0.0.1',
        DATA_DIR: '/var/lib/shiji',
        DATABASE_URL: 'postgres://u:p@db:5432/shiji',
        JWT_SECRET: 's'.repeat(32),
        TOKEN_TTL: '15m',
        LOG_LEVEL: 'DEBUG',
        EVENTSTORE_CONNECTION_STRING: 'esdb://localhost:2113?tls=false',
        PROJECTIONS_IN_PROCESS: 'false',
        CACHED_REFERENCE_READS: 'no',
        CACHED_ACCOUNT_READS: '0',
        RATE_LIMIT_PER_MINUTE: '60',
        CORS_ORIGINS: 'https://shiji.example.org, http://localhost:5173',
        HEALTH_MAX_LAG_EVENTS: '500',
        HEALTH_MAX_LAG_SECONDS: '5',
        METRICS_PORT: '9100',
        METRICS_HOST: '0.0.0.0',
        METRICS_TOKEN: 'm'.repeat(24),
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
        OTEL_SERVICE_NAME: 'shiji-north',
        PUBLIC_URL: 'https://shiji.example.org',
        SIGN_IN_FAILURES_PER_ADDRESS: '50',
      },
      '/ignored',
    );
    expect(settings).toEqual({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/shiji',
      databaseUrl: 'postgres://u:p@db:5432/shiji',
      jwtSecret: 's'.repeat(32),
      tokenTtlSeconds: 900,
      logLevel: 'debug',
      eventStoreConnectionString: 'esdb://localhost:2113?tls=false',
      projectionsInProcess: false,
      cachedReferenceReads: false,
      cachedAccountReads: false,
      rateLimitPerMinute: 60,
      corsOrigins: ['https://shiji.example.org', 'http://localhost:5173'],
      healthMaxLagEvents: 500,
      healthMaxLagSeconds: 5,
      metrics: { port: 9100, host: '0.0.0.0', token: 'm'.repeat(24) },
      tracing: { otlpEndpoint: 'http://collector:4318', serviceName: 'shiji-north' },
      publicUrl: 'https://shiji.example.org',
      signInFailuresPerAddress: 50,
      monthlyClosing: true,
    });
  });

  it('bounds TOKEN_TTL at 30 days', () => {
    expect(parseEnvironment({ TOKEN_TTL: '30d' }).tokenTtlSeconds).toBe(30 * 86_400);
    expect(() => parseEnvironment({ TOKEN_TTL: '31d' })).toThrow('TOKEN_TTL must be a positive duration of at most 30d');
  });

  it('treats blank values as unset', () => {
    expect(parseEnvironment({ PORT: ' ', DATABASE_URL: '' }).port).toBe(3000);
    expect(parseEnvironment({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('reports every problem at once, naming a secret by its length only', () => {
    const environment = {
      PORT: '70000',
      TOKEN_TTL: 'soon',
      LOG_LEVEL: 'loud',
      PROJECTIONS_IN_PROCESS: 'maybe',
      CACHED_REFERENCE_READS: 'sometimes',
      CACHED_ACCOUNT_READS: 'mostly',
      RATE_LIMIT_PER_MINUTE: '0',
      HEALTH_MAX_LAG_EVENTS: 'many',
      HEALTH_MAX_LAG_SECONDS: '-1',
      CORS_ORIGINS: 'https://ok.example.org,*',
      PUBLIC_URL: 'https://shiji.example.org/console',
      SIGN_IN_FAILURES_PER_ADDRESS: 'many',
      DATABASE_URL: 'mysql://db/shiji',
      EVENTSTORE_CONNECTION_STRING: 'kurrentdb://esdb',
      JWT_SECRET: 'hunter2',
      METRICS_PORT: 'all',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318',
    };
    let error: unknown;
    try {
      parseEnvironment(environment);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PORT',
      'TOKEN_TTL',
      'LOG_LEVEL',
      'PROJECTIONS_IN_PROCESS',
      'CACHED_REFERENCE_READS',
      'CACHED_ACCOUNT_READS',
      'RATE_LIMIT_PER_MINUTE',
      'HEALTH_MAX_LAG_EVENTS',
      'HEALTH_MAX_LAG_SECONDS',
      'CORS_ORIGINS',
      'PUBLIC_URL',
      'SIGN_IN_FAILURES_PER_ADDRESS',
      'DATABASE_URL',
      'EVENTSTORE_CONNECTION_STRING',
      'JWT_SECRET',
      'METRICS_PORT',
      'OTEL_EXPORTER_OTLP_ENDPOINT',
    ]);
    expect(message).toContain('JWT_SECRET must be at least 32 characters (got 7)');
    expect(message).not.toContain('hunter2');
  });

  it('keeps /metrics off the network unless a token guards it', () => {
    expect(parseEnvironment({ METRICS_PORT: 'off', METRICS_HOST: '0.0.0.0' }).metrics).toEqual({ port: null, host: '0.0.0.0' });
    expect(() => parseEnvironment({ METRICS_HOST: '0.0.0.0' })).toThrow('METRICS_TOKEN is required when METRICS_HOST is not a loopback address');
    expect(() => parseEnvironment({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters (got 5)');
    expect(parseEnvironment({ METRICS_HOST: '::1' }).metrics).toEqual({ port: 9464, host: '::1' });
  });
});
