import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { addProblemResponses } from './problem-details.schema';
import { addResponseSchemas, addWriteResults } from './response-schema';
import { registerSwaggerUi } from './swagger-ui.routes';

export const DOCS_PATH = '/docs';
export const DOCS_JSON_PATH = '/docs-json';
export const BEARER_SCHEME = 'bearer';

/**
 * Public by construction: these routes are plain Fastify routes, outside the
 * Nest router and so outside its global auth guard.
 */
export function setupOpenApi(app: NestFastifyApplication): void {
  const config = new DocumentBuilder()
    .setTitle('时积 Shiji API')
    .setDescription('志愿服务时间银行 / Volunteer time bank. 错误均为 application/problem+json / Errors are application/problem+json.')
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SCHEME)
    .addSecurityRequirements(BEARER_SCHEME)
    .build();
  const document = addResponseSchemas(addWriteResults(addProblemResponses(SwaggerModule.createDocument(app, config))));
  SwaggerModule.setup(DOCS_PATH, app, document, { ui: false, raw: ['json'], jsonDocumentUrl: DOCS_JSON_PATH });
  registerSwaggerUi(app.getHttpAdapter().getInstance(), DOCS_PATH, DOCS_JSON_PATH);
}
