import type { FastifyInstance, HTTPMethods } from 'fastify';

interface KnownRoute {
  methods: readonly string[];
  pattern: RegExp;
}

const tables = new WeakMap<FastifyInstance, KnownRoute[]>();

/** Notes every route added from now on (call it before the routes are registered), for allowedMethods. */
export function trackRoutes(fastify: FastifyInstance): void {
  const routes: KnownRoute[] = [];
  tables.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    // The web app's history fallback (`/*`) takes any GET: it says nothing about which methods a path has.
    if (route.url.includes('*')) return;
    const methods = ([] as HTTPMethods[]).concat(route.method).map((method) => method.toUpperCase());
    routes.push({ methods, pattern: patternOf(route.url) });
  });
}

/** The methods some route answers at this path (HEAD beside GET), in a stable order; empty when no route has it. */
export function allowedMethods(fastify: FastifyInstance, url: string): string[] {
  const path = url.split('?')[0];
  const methods = new Set((tables.get(fastify) ?? []).filter((route) => route.pattern.test(path)).flatMap((route) => route.methods));
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods].sort();
}

function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}/?$`);
}
