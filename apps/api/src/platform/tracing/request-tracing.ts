import type { IncomingMessage } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const TRACER = 'shiji-api';
const spans = new WeakMap<IncomingMessage, { span: Span; context: Context }>();

/** W3C trace context: version 00, a trace id and a parent id that are not all zeros, flags. */
const TRACEPARENT = /^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}$/;

/**
 * A server span per request, child of the caller's `traceparent` when it
 * sent one. The span's context is entered at onRequest and again at
 * preHandler: a body is parsed in the socket's callbacks, outside the
 * context entered before it, and the handler runs from preHandler's.
 */
export function traceRequests(fastify: FastifyInstance): void {
  const tracer = trace.getTracer(TRACER);
  fastify.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(request.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } }, parent);
    const active = trace.setSpan(parent, span);
    spans.set(request.raw, { span, context: active });
    context.with(active, done);
  });
  fastify.addHook('preHandler', (request, _reply, done) => {
    const traced = spans.get(request.raw);
    if (traced) context.with(traced.context, done);
    else done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const traced = spans.get(request.raw);
    if (traced) {
      const route = request.routeOptions.url ?? 'unmatched';
      traced.span.updateName(`${request.method} ${route}`);
      traced.span.setAttributes({ 'http.route': route, 'http.response.status_code': reply.statusCode });
      if (reply.statusCode >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR });
      traced.span.end();
    }
    done();
  });
  fastify.addHook('onRequestAbort', (request, done) => {
    spans.get(request.raw)?.span.end();
    done();
  });
}

/**
 * The trace context a command carries into its events' metadata: this
 * request's server span when tracing is on, else the caller's
 * `traceparent` as sent (when well formed), so a trace begun elsewhere can
 * still be followed into the log.
 */
export function traceparentOf(request: FastifyRequest): string | undefined {
  const traced = spans.get(request.raw)?.span.spanContext();
  if (traced && trace.isSpanContextValid(traced)) return `00-${traced.traceId}-${traced.spanId}-0${(traced.traceFlags & 1).toString(16)}`;
  const header = request.headers.traceparent;
  return typeof header === 'string' && TRACEPARENT.test(header) ? header : undefined;
}
