import { ProblemError } from '../platform/errors/problem.error';
import { PasswordStrength } from './password-strength';

const strength = new PasswordStrength();

function refusal(password: string, personal: string[] = []): ProblemError | undefined {
  try {
    strength.check(password, personal);
    return undefined;
  } catch (error) {
    if (error instanceof ProblemError) return error;
    throw error;
  }
}

describe('password strength', () => {
  it('refuses short passwords, saying how long one must be', () => {
    const error = refusal('a7$Kq2');
    expect(error?.code).toBe('WEAK_PASSWORD');
    expect(error?.status).toBe(422);
    expect(error?.detail.zh).toContain('至少需要 8 个字符');
  });

  it('refuses common and guessable passwords with a message in Chinese first', () => {
    for (const weak of ['password', '12345678', 'qwertyuiop', 'aaaaaaaaaaaa', '11111111']) {
      const error = refusal(weak);
      expect(error?.code).toBe('WEAK_PASSWORD');
      expect(error?.detail.zh).toMatch(/^密码太容易被猜到/);
      expect(error?.extensions).toMatchObject({ minimumScore: 2 });
    }
  });

  it('refuses a password that is only the person\'s own phone number', () => {
    expect(refusal('13812345678')?.code).toBe('WEAK_PASSWORD');
    expect(refusal('13812345678', ['13812345678'])?.code).toBe('WEAK_PASSWORD');
  });

  it('accepts passwords that are hard to guess, including Chinese ones', () => {
    for (const strong of ['correct horse battery staple', 'Qm7!vX2#pL9', '北下街社区服务时间银行2026']) expect(refusal(strong)).toBeUndefined();
  });
});
