import type { FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import type { Bilingual } from '../errors/bilingual';
import { PROBLEMS } from '../errors/problem-catalog';
import { ProblemError } from '../errors/problem.error';

type Parser = (request: FastifyRequest, payload: IncomingMessage, done: (error: Error | null, body?: unknown) => void) => void;

/**
 * A content-type parser for a file sent as the request body itself: only
 * the routes `accepts` names take it (any other refuses with 415 before
 * reading a byte), and a body past `limitBytes` is 413 at once, the rest
 * drained unread.
 */
export function fileBodyParser(accepts: (url: string) => boolean, limitBytes: number, tooLarge: Bilingual): Parser {
  return (request, payload, done) => {
    if (!accepts(request.routeOptions.url ?? '')) {
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
      if (size > limitBytes) settle(new ProblemError({ ...PROBLEMS.PAYLOAD_TOO_LARGE, detail: tooLarge }));
      else if (!settled) chunks.push(chunk);
    });
    payload.on('end', () => settle(null, Buffer.concat(chunks)));
    payload.on('error', (error) => settle(error));
  };
}
