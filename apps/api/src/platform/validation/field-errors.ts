import type { ValidationError } from 'class-validator';
import type { FieldError } from '../errors/problem-details';

/** Flattens class-validator's tree into one entry per failed rule, with dotted paths and a message in Chinese first. */
export function toFieldErrors(errors: readonly ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({ field, constraint, message: bilingualMessage(field, constraint, message) }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

const CHINESE = /[\u4e00-\u9fff]/;

/** What each of class-validator's own rules says, in Chinese; its English message follows. */
const RULES: Readonly<Record<string, string>> = {
  whitelistValidation: '不是可接受的字段',
  isDefined: '不能缺少',
  isNotEmpty: '不能为空',
  isString: '须为文本',
  isInt: '须为整数',
  isNumber: '须为数字',
  isBoolean: '须为 true 或 false',
  isIn: '不是可选的值之一',
  isEnum: '不是可选的值之一',
  isArray: '须为数组',
  isObject: '须为对象',
  nestedValidation: '须为对象',
  isUuid: '须为 UUID',
  isIso8601: '须为带时区的日期时间',
  matches: '格式不正确',
  isLength: '长度不符合要求',
  minLength: '太短',
  maxLength: '太长',
  min: '太小',
  max: '太大',
  arrayMinSize: '项数太少',
  arrayMaxSize: '项数太多',
  arrayUnique: '不能有重复项',
  unknownValue: '无法识别',
};

/**
 * A rule's own message when it has Chinese already (the api's decorators say
 * theirs); otherwise "field 中文 / English", where a pattern's English never
 * shows the regular expression itself.
 */
function bilingualMessage(field: string, constraint: string, message: string): string {
  if (CHINESE.test(message)) return message;
  const english = message.replace(/ must match \/.*\/[a-z]* regular expression$/, ' has the wrong format');
  return `${field} ${RULES[constraint] ?? '无效'} / ${english}`;
}
