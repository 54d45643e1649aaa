import { applyDecorators } from '@nestjs/common';
import { IsString, Length, Matches } from 'class-validator';

/** Something printable in it: a name, title or reason of spaces alone says nothing. */
const NOT_BLANK = /[^\s\u200B-\u200D\u2060\uFEFF]/u;

/** Text a person reads (a name, a title, a reason): a string of 1 to `maxLength` characters that is not blank. */
export function IsText(maxLength: number): PropertyDecorator {
  return applyDecorators(
    IsString(),
    Length(1, maxLength),
    Matches(NOT_BLANK, { message: ({ property }) => `${property} 不能只含空白字符 / ${property} must not be blank` }),
  );
}
