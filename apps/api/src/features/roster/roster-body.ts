import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import { PROBLEMS } from '../../platform/errors/problem-catalog';
import { ProblemError } from '../../platform/errors/problem.error';
import { CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE } from './roster-file';

/** A roster file may be larger than the api's 1 MiB of JSON: 20,000 rows of .csv are about 1 MB, an .xlsx less. */
export const ROSTER_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export const ROSTER_UPLOAD_ROUTES = '/v1/roster-imports';

/**
 * Roster files arrive as the request body itself, in the file's own media
 * type (text/csv, or the .xlsx type): no multipart envelope to parse or get
 * wrong. Only the roster upload routes take them; any other route refuses
 * these types with 415 before reading a byte of the body.
 */
@Injectable()
export class RosterBodies implements OnModuleInit {
  constructor(private readonly adapter: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapter.httpAdapter.getInstance<FastifyInstance>();
    for (const mediaType of [CSV_MEDIA_TYPE, XLSX_MEDIA_TYPE]) {
      if (!fastify.hasContentTypeParser(mediaType)) fastify.addContentTypeParser(mediaType, readFile);
    }
  }
}

function readFile(request: FastifyRequest, payload: IncomingMessage, done: (error: Error | null, body?: unknown) => void): void {
  if (!request.routeOptions.url?.startsWith(ROSTER_UPLOAD_ROUTES)) {
    done(new ProblemError({ ...PROBLEMS.UNSUPPORTED_MEDIA_TYPE, detail: { zh: '此接口只接受 application/json', en: 'This route takes application/json only' } }));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  let settled = false;
  const settle = (error: Error | null, body?: Buffer) => {
    if (settled) return;
    settled = true;
    done(error, body);
  };
  payload.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > ROSTER_BODY_LIMIT_BYTES) {
      // The rest of the body drains unread; the client gets its 413 at once.
      settle(new ProblemError({ ...PROBLEMS.PAYLOAD_TOO_LARGE, detail: { zh: '文件不得超过 16 MiB', en: 'The file must not exceed 16 MiB' } }));
    } else if (!settled) chunks.push(chunk);
  });
  payload.on('end', () => settle(null, Buffer.concat(chunks)));
  payload.on('error', (error) => settle(error));
}
