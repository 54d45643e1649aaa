import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as english from '@zxcvbn-ts/language-en';
import { identityProblem } from './identity-problems';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 256;
/** zxcvbn's scale is 0–4; below 2 a password falls to an online attack of modest size. */
const MIN_SCORE = 2;
/** zxcvbn's cost grows with length; beyond this the estimate no longer changes the verdict. */
const CHECKED_PREFIX = 100;

/** Refuses passwords that are short or easy to guess, with a message people can act on. */
@Injectable()
export class PasswordStrength {
  private estimator: ZxcvbnFactory | undefined;

  /** Throws 422 WEAK_PASSWORD; `personal` are words the password must not lean on (phone, name, id). */
  check(password: string, personal: readonly string[]): void {
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      throw identityProblem('WEAK_PASSWORD', { detail: { zh: `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符`, en: `A password needs at least ${MIN_PASSWORD_LENGTH} characters` } });
    }
    this.estimator ??= new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...english.dictionary }, graphs: common.adjacencyGraphs });
    const { score } = this.estimator.check(password.slice(0, CHECKED_PREFIX), personal.filter((word) => word.length > 0));
    if (score < MIN_SCORE) {
      throw identityProblem('WEAK_PASSWORD', {
        detail: {
          zh: '密码太容易被猜到：请用更长的密码，把几个不相关的词语、数字和符号组合起来；不要用手机号、姓名、生日、常见密码或连续、重复的字符',
          en: 'The password is too easy to guess: make it longer, combining unrelated words, digits and symbols; avoid phone numbers, names, birthdays, common passwords and runs or repeats',
        },
        extensions: { score, minimumScore: MIN_SCORE },
      });
    }
  }
}
