import type { IncomingMessage, ServerResponse } from 'node:http';
import { type DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { LevelWithSilent, Logger } from 'pino';
import { requestIdFor } from '../request-context/request-id';

interface SerializedRequest {
  id?: unknown;
  method?: string;
  url?: string;
  remoteAddress?: string;
}

/** Method, path and id only: no headers (Authorization) and no body ever reach the log. */
function requestSerializer(request: SerializedRequest): SerializedRequest {
  return { id: request.id, method: request.method, url: request.url, remoteAddress: request.remoteAddress };
}

function responseSerializer(response: { statusCode?: number }): { statusCode?: number } {
  return { statusCode: response.statusCode };
}

function levelFor(request: IncomingMessage, response: ServerResponse, error?: Error): LevelWithSilent {
  if (error || response.statusCode >= 500) return 'error';
  if (response.statusCode >= 400) return 'warn';
  // Probes call /health every few seconds; their successes are noise.
  return request.url?.startsWith('/health') ? 'debug' : 'info';
}

@Module({})
export class LoggingModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          // nestjs-pino's default pattern ('{/*splat}') matches no route under
          // Nest 12 on Fastify, which would silently drop every request log.
          forRoutes: [{ path: '{*splat}', method: RequestMethod.ALL }],
          pinoHttp: {
            logger,
            genReqId: (request) => requestIdFor(request),
            serializers: { req: requestSerializer, res: responseSerializer },
            customLogLevel: levelFor,
          },
        }),
      ],
    };
  }
}
