/** OpenTelemetry: traces go to OTEL_EXPORTER_OTLP_ENDPOINT (OTLP over HTTP) when it is set, nowhere otherwise. */
export interface TracingSettings {
  otlpEndpoint?: string;
  /** OTEL_SERVICE_NAME, default shiji-api. */
  serviceName: string;
}

export function parseTracingSettings(value: (name: string) => string | undefined, problems: string[]): TracingSettings {
  const otlpEndpoint = value('OTEL_EXPORTER_OTLP_ENDPOINT');
  if (otlpEndpoint !== undefined && !/^https?:\/\/[^/]/.test(otlpEndpoint)) {
    problems.push(`OTEL_EXPORTER_OTLP_ENDPOINT must be an http:// or https:// URL (got ${JSON.stringify(otlpEndpoint)})`);
  }
  return { ...(otlpEndpoint !== undefined ? { otlpEndpoint } : {}), serviceName: value('OTEL_SERVICE_NAME') ?? 'shiji-api' };
}
