import type { FastifyInstance } from 'fastify';
import type { Metrics } from './metrics';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** The label of requests that matched no route: their paths are whatever a client sent, never a label. */
const UNMATCHED = 'unmatched';

/** One observation per finished request, labelled by the route's pattern (`/v1/volunteers/:id`), so labels stay few. */
export function observeRequests(fastify: FastifyInstance, metrics: Metrics): void {
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED;
    const method = METHODS.has(request.method) ? request.method : 'other';
    metrics.httpRequestDuration.observe({ method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
    if (reply.statusCode === 429) metrics.rateLimitRefusals.inc({ route });
    done();
  });
}
