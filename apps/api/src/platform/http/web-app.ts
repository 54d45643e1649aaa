import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import type { Logger } from 'pino';

/**
 * What the web app needs and nothing more: its own scripts, styles, images and
 * fonts (Vant's icon font is inlined as a data: URL), and calls to this
 * origin's api. Components set styles through the CSSOM, which style-src does
 * not govern, so no inline style is allowed. The app is never framed.
 */
export const WEB_APP_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Paths that belong to the api (`/docs-json` included): the app's history fallback never answers them. */
const API_PREFIXES = ['/v1', '/docs', '/health'];

function isApiPath(url: string): boolean {
  const path = url.split('?')[0];
  return API_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}-`));
}

/** dist/web beside the compiled api, found from the repository root (the folder whose package.json is the project's). */
export function defaultWebAppDirectory(from = __dirname): string {
  for (let directory = from; ; directory = dirname(directory)) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'shiji') return join(directory, 'dist', 'web');
    if (dirname(directory) === directory) return join(from, 'web');
  }
}

const INDEX_CACHE = 'no-cache';
const HASHED_CACHE = 'public, max-age=31536000, immutable';

/** Helmet's default policy, set for every answer, is replaced by the app's own on the app's files. */
function appHeaders(reply: FastifyReply, cacheControl: string): void {
  void reply.header('content-security-policy', WEB_APP_CONTENT_SECURITY_POLICY);
  void reply.header('cache-control', cacheControl);
}

/**
 * Serves the built web app at `/`: each built file by its own route (a fixed
 * list read at start, which no path can walk out of), and index.html for any
 * other GET outside the api's paths, so the app's routes survive a reload.
 * Without a build (`npm run build` makes one) the api runs alone.
 */
export async function serveWebApp(app: NestFastifyApplication, logger: Logger, directory = defaultWebAppDirectory()): Promise<void> {
  if (!existsSync(join(directory, 'index.html'))) {
    logger.warn({ directory }, 'web app not built: / serves nothing (npm run build builds it)');
    return;
  }
  const fastify = app.getHttpAdapter().getInstance();
  const hashedAssets = join(directory, 'assets') + sep;
  await fastify.register(fastifyStatic, {
    root: directory,
    prefix: '/',
    wildcard: false,
    index: false,
    cacheControl: false,
    // Vite names every file under assets/ by its content hash: such a file never changes under its name.
    setHeaders: (reply, path) => appHeaders(reply, path.startsWith(hashedAssets) ? HASHED_CACHE : INDEX_CACHE),
  });
  fastify.get('/*', (request, reply) => {
    if (isApiPath(request.url)) return reply.callNotFound();
    return reply.sendFile('index.html');
  });
}
