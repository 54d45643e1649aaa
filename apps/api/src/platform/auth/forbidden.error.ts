import type { Bilingual } from '../errors/bilingual';
import { PROBLEMS } from '../errors/problem-catalog';
import { ProblemError } from '../errors/problem.error';

export class ForbiddenError extends ProblemError {
  constructor(detail: Bilingual = PROBLEMS.FORBIDDEN.title) {
    super({ ...PROBLEMS.FORBIDDEN, detail });
  }
}
