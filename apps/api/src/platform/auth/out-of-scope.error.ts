import type { Bilingual } from '../errors/bilingual';
import { PROBLEMS } from '../errors/problem-catalog';
import { ProblemError } from '../errors/problem.error';

/** The role may do this, but not to this volunteer, team, activity or community. */
export class OutOfScopeError extends ProblemError {
  constructor(detail: Bilingual = PROBLEMS.OUT_OF_SCOPE.title) {
    super({ ...PROBLEMS.OUT_OF_SCOPE, detail });
  }
}
