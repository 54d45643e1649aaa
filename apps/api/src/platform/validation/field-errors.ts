import type { ValidationError } from 'class-validator';
import type { FieldError } from '../errors/problem-details';

/** Flattens class-validator's tree into one entry per failed rule, with dotted paths. */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}
