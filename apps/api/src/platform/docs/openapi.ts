import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { addProblemResponses } from './problem-details.schema';
import { addResponseSchemas, addWriteResults } from './response-schema';
import { registerSwaggerUi } from './swagger-ui.routes';
import { addValidationConstraints } from './validation-constraints';

export const DOCS_PATH = '/docs';
export const DOCS_JSON_PATH = '/docs-json';
export const BEARER_SCHEME = 'bearer';

/**
 * Public by construction: these routes are plain Fastify routes, outside the
 * Nest router and so outside its global auth guard.
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(DOCS_PATH, app, document, { ui: false, raw: ['json'], jsonDocumentUrl: DOCS_JSON_PATH });
  registerSwaggerUi(app.getHttpAdapter().getInstance(), DOCS_PATH, DOCS_JSON_PATH);
}

/** The document served at /docs-json; it reads the routes only, so an app that is created but not initialised will do. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('时积 Shiji API')
    .setDescription('志愿服务时间银行 / Volunteer time bank. 错误均为 application/problem+json / Errors are application/problem+json.')
    .setVersion('1')
    .addServer('/', '本服务 / This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  return addResponseSchemas(addWriteResults(addProblemResponses(addValidationConstraints(SwaggerModule.createDocument(app, config)))));
}
