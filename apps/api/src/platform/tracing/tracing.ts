import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type { TracingSettings } from './tracing-settings';

export interface Tracing {
  /** Sends the spans still buffered; call last, after the api stopped. */
  shutdown(): Promise<void>;
}

/**
 * The OpenTelemetry SDK, registered for the process when an OTLP endpoint is
 * configured: a tracer provider exporting batches over OTLP/HTTP, the W3C
 * trace-context propagator and an AsyncLocalStorage context manager. Without
 * an endpoint nothing is registered and every span is a no-op.
 */
export function startTracing(settings: TracingSettings): Tracing | undefined {
  if (settings.otlpEndpoint === undefined) return undefined;
  const exporter = new OTLPTraceExporter({ url: `${settings.otlpEndpoint.replace(/\/+$/, '')}/v1/traces` });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': settings.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  provider.register();
  return { shutdown: () => provider.shutdown() };
}
