import type { Bilingual } from './bilingual';
import { PROBLEMS } from './problem-catalog';
import type { FieldError } from './problem-details';
import { ProblemError } from './problem.error';

export class ValidationFailedError extends ProblemError {
  constructor(detail: Bilingual, errors?: FieldError[]) {
    super({ ...PROBLEMS.VALIDATION_FAILED, detail, errors });
  }

  static forFields(errors: FieldError[]): ValidationFailedError {
    const fields = [...new Set(errors.map((error) => error.field))].join(', ');
    return new ValidationFailedError({ zh: `以下字段无效：${fields}`, en: `Invalid fields: ${fields}` }, errors);
  }
}
