import { Injectable } from '@nestjs/common';
import { FailureCounter, type FailureKey } from './failure-counter';
import { tooManyAttempts } from './identity-problems';
import { SignInLogStore, type SignInLogEntry } from './sign-in-log.store';

type Entry = Omit<SignInLogEntry, 'kind'>;

/**
 * Password and code attempts against one login, counted before they are
 * checked: a locked login is refused and logged, a wrong attempt logged with
 * the lock it may start, a right one clears the count.
 */
@Injectable()
export class LoginAttempts {
  constructor(
    private readonly failures: FailureCounter,
    private readonly log: SignInLogStore,
  ) {}

  /** The attempt's number; throws 429 SIGN_IN_LOCKED while the login is locked. */
  async begin(key: FailureKey, entry: Entry): Promise<{ attempt: number; lockEnded: boolean }> {
    const attempt = await this.failures.begin(key);
    if (attempt.kind === 'locked') {
      await this.log.record({ ...entry, kind: 'sign-in-refused-locked' });
      throw tooManyAttempts('SIGN_IN_LOCKED', attempt.retryAfterSeconds);
    }
    return attempt;
  }

  async failed(key: FailureKey, attempt: number, kind: 'sign-in-failed' | 'activation-failed', entry: Entry): Promise<void> {
    const lockedNow = await this.failures.failed(key, attempt);
    await this.log.record({ ...entry, kind, detail: { ...entry.detail, attempt } });
    if (lockedNow) await this.log.record({ ...entry, kind: 'locked', detail: { ...entry.detail, failures: attempt } });
  }

  /** Clears the count; true when that lifted a lock still running. */
  succeeded(key: FailureKey): Promise<boolean> {
    return this.failures.succeeded(key);
  }
}
