import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEMS } from './problem-catalog';
import { PROBLEM_CONTENT_TYPE } from './problem-details';
import { ProblemError } from './problem.error';

/** What Node's HTTP parser refused, as the problem answered for it. */
function problemFor(error: NodeJS.ErrnoException): ProblemError {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    return new ProblemError({ ...PROBLEMS.REQUEST_TIMEOUT, detail: { zh: '请求未在时限内发送完毕', en: 'The request was not sent in time' } });
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return new ProblemError({ ...PROBLEMS.REQUEST_HEADERS_TOO_LARGE, detail: { zh: '请求头超过大小上限', en: 'The request headers are larger than the limit' } });
  }
  return new ProblemError({
    ...PROBLEMS.VALIDATION_FAILED,
    detail: { zh: '请求格式错误：请求行和请求头只能含 ASCII 字符，其他字符须经百分号编码', en: 'Malformed request: the request line and headers take ASCII only; percent-encode anything else' },
  });
}

/**
 * Node's HTTP parser refuses some requests (a raw non-ASCII byte in the
 * query string, a header too large, headers that never finish) before
 * Fastify sees a request: they are answered here, on the socket, with the
 * same problem details as everything else, then the connection is closed.
 */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const problem = problemFor(error);
    const body = JSON.stringify(problem.toProblem());
    socket.write(
      `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
