import { SetMetadata } from '@nestjs/common';

export const HOLDS_SECRETS = 'shiji:holdsSecrets';

/**
 * The route's request or answer holds a secret (a password, a code, a
 * token): nothing of it may be stored for an Idempotency-Key, not the answer
 * and not a fingerprint of the body, so the header is ignored here.
 */
export const HoldsSecrets = (): MethodDecorator & ClassDecorator => SetMetadata(HOLDS_SECRETS, true);
