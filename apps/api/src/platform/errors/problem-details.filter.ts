import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, NotFoundException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import { allowedMethods } from '../http/allowed-methods';
import { ROOT_LOGGER } from '../logging/root-logger.token';
import { REQUEST_ID_HEADER, requestIdFor } from '../request-context/request-id';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { PROBLEMS } from './problem-catalog';
import { ProblemError } from './problem.error';
import { toProblemError, type MappedError } from './to-problem-error';

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
    const { problem, unexpected } = this.methodNotAllowed(exception, request) ?? toProblemError(exception);

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

  /** Nest's router found no route for this method and path: when another method has one, 405 naming them (RFC 9110 §15.5.6). */
  private methodNotAllowed(exception: unknown, request: AnyRequest & IncomingMessage): MappedError | null {
    const method = (request.raw ?? request).method ?? 'GET';
    if (!(exception instanceof NotFoundException) || !exception.message.startsWith(`Cannot ${method} `)) return null;
    const allowed = allowedMethods(this.adapterHost.httpAdapter.getInstance(), request.url ?? '/');
    if (allowed.length === 0) return null;
    const detail = { zh: `此地址不支持 ${method}，可用：${allowed.join(', ')}`, en: `${method} is not supported here; use ${allowed.join(', ')}` };
    return { problem: new ProblemError({ ...PROBLEMS.METHOD_NOT_ALLOWED, detail, headers: { Allow: allowed.join(', ') } }), unexpected: false };
  }
}
