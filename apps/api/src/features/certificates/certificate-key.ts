import { createHmac } from 'node:crypto';
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../platform/config/app-config';

export const CERTIFICATE_KEY = Symbol('CERTIFICATE_KEY');

/**
 * The key certificate codes are signed with, derived from the instance's JWT
 * secret rather than the secret itself, so a code never doubles as anything a
 * token could be checked with. Codes already issued stay checkable if the
 * secret changes: checking looks the code up, it does not recompute it.
 */
export const certificateKeyProvider: Provider = {
  provide: CERTIFICATE_KEY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): Buffer => createHmac('sha256', config.jwtSecret).update('shiji/certificate-codes/v1').digest(),
};
