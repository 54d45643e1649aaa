import { ProblemError } from '../platform/errors/problem.error';

export function notFound(what: { zh: string; en: string }, id: string): ProblemError {
  return new ProblemError({
    code: 'NOT_FOUND',
    status: 404,
    title: { zh: '资源不存在', en: 'Not found' },
    detail: { zh: `${what.zh}不存在：${id}`, en: `No ${what.en} with id ${id}` },
  });
}

export function orNotFound<T>(value: T | null, what: { zh: string; en: string }, id: string): T {
  if (value === null) throw notFound(what, id);
  return value;
}
