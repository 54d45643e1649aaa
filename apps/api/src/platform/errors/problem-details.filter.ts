import { type ArgumentsHost, Catch, type ExceptionFilter, Inject } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { ROOT_LOGGER } from '../logging/root-logger.token';
import { REQUEST_ID_HEADER, requestIdFor } from '../request-context/request-id';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { toProblemError } from './to-problem-error';

/** Fastify's request, or the raw one when the error arose in middleware. */
interface AnyRequest {
  raw?: IncomingMessage;
  url?: string;
}

/** The single place where anything thrown becomes an application/problem+json response. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger: Logger;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(ROOT_LOGGER) logger: Logger,
  ) {
    this.logger = logger.child({ context: ProblemDetailsFilter.name });
  }

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<AnyRequest & IncomingMessage>();
    const response = http.getResponse<unknown>();
    const adapter = this.adapterHost.httpAdapter;
    const requestId = requestIdFor(request.raw ?? request);
    const { problem, unexpected } = toProblemError(exception);

    if (unexpected) this.logger.error({ err: exception, requestId }, 'unexpected error while serving a request');
    else if (problem.code === 'DATABASE_UNAVAILABLE') this.logger.warn({ err: exception, requestId }, 'database out of reach while serving a request; answered 503');
    if (adapter.isHeadersSent(response)) {
      // Part of a body already left: nothing valid can follow it.
      adapter.end(response);
      return;
    }
    const instance = (request.url ?? '/').split('?')[0];
    for (const [name, value] of Object.entries(problem.headers)) adapter.setHeader(response, name, value);
    adapter.setHeader(response, REQUEST_ID_HEADER, requestId);
    adapter.setHeader(response, 'content-type', PROBLEM_CONTENT_TYPE);
    adapter.reply(response, problem.toProblem({ instance, requestId }), problem.status);
  }
}
