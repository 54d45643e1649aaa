import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/validation-failed.error';
import { toFieldErrors } from './field-errors';

/**
 * Every DTO is checked strictly: unknown fields are refused rather than
 * dropped, so a misspelt field never passes silently, and a body that is not
 * an object at all is refused too.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ValidationFailedError.forFields(toFieldErrors(errors)),
  });
}
