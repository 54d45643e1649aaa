import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/validation-failed.error';
import { toFieldErrors } from './field-errors';
import { cacheValidationMetadata } from './validation-metadata-cache';

const UNSTORABLE_REFUSED = {
  zh: '请求中不得含有 NUL 字符 (U+0000) 或不成对的代理项',
  en: 'A request must not contain the NUL character (U+0000) or an unpaired surrogate',
};

/** NUL, or half of a UTF-16 surrogate pair: neither is valid text in PostgreSQL. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Walks without recursion, so a deeply nested body cannot overflow the stack. */
export function hasUnstorableText(value: unknown): boolean {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (typeof next === 'string') {
      if (UNSTORABLE.test(next)) return true;
    } else if (typeof next === 'object' && next !== null) {
      for (const [key, item] of Object.entries(next)) {
        if (UNSTORABLE.test(key)) return true;
        pending.push(item);
      }
    }
  }
  return false;
}

/**
 * PostgreSQL text and jsonb hold neither U+0000 nor unpaired surrogates: such
 * input would fail deep in a query as a 500. It is refused at the edge
 * instead, in bodies, query strings and path parameters alike.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom' && hasUnstorableText(value)) throw new ValidationFailedError(UNSTORABLE_REFUSED);
    return super.transform(value, metadata);
  }
}

/**
 * Every DTO is checked strictly: unknown fields are refused rather than
 * dropped, so a misspelt field never passes silently, and a body that is not
 * an object at all is refused too.
 */
export function createValidationPipe(): ValidationPipe {
  cacheValidationMetadata();
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ValidationFailedError.forFields(toFieldErrors(errors)),
  });
}
