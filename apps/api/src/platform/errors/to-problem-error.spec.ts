import { BadRequestException, HttpException, NotFoundException, ServiceUnavailableException } from '@nestjs/common';
import { ProblemError } from './problem.error';
import { toProblemError } from './to-problem-error';

function fastifyError(code: string, statusCode: number): Error {
  return Object.assign(new Error(`${code} message`), { name: 'FastifyError', code, statusCode });
}

describe('toProblemError', () => {
  it('keeps a ProblemError as it is', () => {
    const problem = new ProblemError({ code: 'INSUFFICIENT_CREDITS', status: 409, title: { zh: '余额不足', en: 'Insufficient credits' } });
    expect(toProblemError(problem)).toEqual({ problem, unexpected: false });
  });

  it('maps HTTP exceptions by status, with the message as the English detail', () => {
    const { problem, unexpected } = toProblemError(new NotFoundException('Cannot GET /x'));
    expect(unexpected).toBe(false);
    expect(problem.toProblem()).toMatchObject({ status: 404, code: 'NOT_FOUND', title: '资源不存在 / Not found', detail: '资源不存在 / Cannot GET /x' });
    expect(toProblemError(new BadRequestException('bad')).problem.code).toBe('VALIDATION_FAILED');
    expect(toProblemError(new HttpException('teapot', 418)).problem.toProblem()).toMatchObject({ status: 418, code: 'BAD_REQUEST' });
  });

  it('explains Fastify parse errors in both languages, whether or not Nest wrapped them', () => {
    const wrapped = new HttpException('Body is not valid JSON', 400, { cause: fastifyError('FST_ERR_CTP_INVALID_JSON_BODY', 400) });
    expect(toProblemError(wrapped).problem.toProblem().detail).toBe('请求体不是有效的 JSON / The request body is not valid JSON');
    const bare = toProblemError(fastifyError('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415));
    expect(bare).toMatchObject({ unexpected: false, problem: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' } });
  });

  it('answers a database or event store out of reach with 503 DATABASE_UNAVAILABLE and Retry-After, as no fault of the client', () => {
    const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const eventStoreDb = Object.assign(new Error('14 UNAVAILABLE: No connection established'), { type: 'unavailable' });
    for (const error of [terminated, refused, eventStoreDb, new Error('Connection terminated unexpectedly')]) {
      const { problem, unexpected } = toProblemError(error);
      expect(unexpected).toBe(false);
      expect(problem.toProblem()).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(problem.headers).toEqual({ 'Retry-After': '2' });
    }
    // A constraint violation is a fault of ours, not an outage.
    expect(toProblemError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toMatchObject({ unexpected: true, problem: { status: 500 } });
  });

  it('hides everything about unexpected errors', () => {
    const { problem, unexpected } = toProblemError(new TypeError('cannot read x of undefined at /srv/app.js'));
    expect(unexpected).toBe(true);
    expect(problem.toProblem()).toEqual({
      type: 'urn:shiji:problem:internal-error',
      title: '服务器内部错误 / Internal server error',
      status: 500,
      code: 'INTERNAL_ERROR',
      detail: '服务器内部错误 / Internal server error',
    });
    expect(toProblemError('a string').unexpected).toBe(true);
    expect(toProblemError(new HttpException('db password wrong', 500))).toMatchObject({ unexpected: true, problem: { detail: { en: 'Internal server error' } } });
  });

  it('answers 503 as unavailable, not as a fault', () => {
    expect(toProblemError(new ServiceUnavailableException())).toMatchObject({ unexpected: false, problem: { status: 503, code: 'SERVICE_UNAVAILABLE' } });
  });
});
