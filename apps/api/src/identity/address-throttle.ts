import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../platform/config/app-config';
import { LOCK_SECONDS } from './failure-counter';
import { tooManyAttempts } from './identity-problems';
import { SignInLogStore } from './sign-in-log.store';

/**
 * Per-address limit on failed sign-ins and activations, counted from the
 * sign-in log itself, so every api instance counts the same failures.
 */
@Injectable()
export class AddressThrottle {
  constructor(
    private readonly log: SignInLogStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'signInFailuresPerAddress'>,
  ) {}

  /** Throws 429 SIGN_IN_THROTTLED while the address has used up its failures. */
  async check(address: string | null): Promise<void> {
    if (address === null) return;
    const until = await this.log.addressBlockedUntil(address, this.config.signInFailuresPerAddress, LOCK_SECONDS);
    if (until !== null) throw tooManyAttempts('SIGN_IN_THROTTLED', (until.getTime() - Date.now()) / 1000);
  }
}
