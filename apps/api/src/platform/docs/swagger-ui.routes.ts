import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';

/**
 * Serves Swagger UI from the swagger-ui-dist files that @nestjs/swagger ships.
 * SwaggerModule's own UI needs @fastify/static on Fastify; a fixed list of
 * four files does not justify another dependency, and a fixed list cannot
 * be walked out of.
 */
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

function page(basePath: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8">
    <title>时积 Shiji API</title>
    <link rel="stylesheet" href="${basePath}/swagger-ui.css">
    <link rel="icon" type="image/png" href="${basePath}/favicon-32x32.png">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="${basePath}/swagger-ui-bundle.js"></script>
    <script src="${basePath}/swagger-ui-standalone-preset.js"></script>
    <script src="${basePath}/swagger-initializer.js"></script>
  </body>
</html>
`;
}

/** An external script rather than an inline one, so the page works under a strict Content-Security-Policy. */
function initializer(documentUrl: string): string {
  return `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(documentUrl)},
    dom_id: '#swagger-ui',
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
    persistAuthorization: true,
    validatorUrl: null,
  });
};
`;
}

function assetsDirectory(): string {
  const swaggerEntry = require.resolve('@nestjs/swagger');
  return dirname(require.resolve('swagger-ui-dist/package.json', { paths: [dirname(swaggerEntry)] }));
}

export function registerSwaggerUi(fastify: FastifyInstance, basePath: string, documentUrl: string): void {
  const directory = assetsDirectory();
  const html = page(basePath);
  const script = initializer(documentUrl);
  for (const path of [basePath, `${basePath}/`]) {
    fastify.get(path, (_request, reply) => reply.type('text/html; charset=utf-8').send(html));
  }
  fastify.get(`${basePath}/swagger-initializer.js`, (_request, reply) => reply.type('application/javascript; charset=utf-8').send(script));
  for (const [file, contentType] of Object.entries(ASSETS)) {
    fastify.get(`${basePath}/${file}`, async (_request, reply) => reply.type(contentType).header('cache-control', 'public, max-age=86400').send(await readFile(join(directory, file))));
  }
}
