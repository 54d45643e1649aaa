import { Global, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import { AuthModule } from '../platform/auth/auth.module';
import { TOKEN_STANDING } from '../platform/auth/token-standing.port';
import { ROOT_LOGGER } from '../platform/logging/root-logger.token';
import { AccessTokens } from './access-tokens';
import { AccountsStore } from './accounts.store';
import { ActivationCodes } from './activation-codes';
import { ActivationCodesController } from './activation-codes.http.controller';
import { Activations } from './activations';
import { ActivationsController } from './activations.http.controller';
import { AddressThrottle } from './address-throttle';
import { CredentialErasure } from './credential-erasure';
import { Csrf } from './csrf';
import { FailureCounter } from './failure-counter';
import { IdentityTokenStanding } from './identity-token-standing';
import { Invitations } from './invitations';
import { InvitationsController } from './invitations.http.controller';
import { LogSmsSender } from './log-sms-sender';
import { LoginAttempts } from './login-attempts';
import { MyAccountController } from './my-account.http.controller';
import { PasswordChange } from './password-change';
import { PasswordHasher } from './password-hasher';
import { PasswordStrength } from './password-strength';
import { PeopleController } from './people.http.controller';
import { PeopleSignInCodesController } from './people-sign-in-codes.http.controller';
import { SignInCodesForPeople } from './sign-in-codes-for-people';
import { RevocationWatch } from './revocation-watch';
import { SessionEnding } from './session-ending';
import { SessionsController } from './sessions.http.controller';
import { SessionsStore } from './sessions.store';
import { SignIn } from './sign-in';
import { SignInLogController } from './sign-in-log.http.controller';
import { SignInLogStore } from './sign-in-log.store';
import { SMS_SENDER } from './sms-sender.port';
import { VolunteerPersonalData } from './volunteer-personal-data';

/**
 * Accounts, sign-in and sessions for every person. Global so the platform's
 * AccessGuard finds TOKEN_STANDING without the platform depending on it.
 */
@Global()
@Module({
  imports: [AuthModule],
  controllers: [SessionsController, MyAccountController, ActivationsController, InvitationsController, ActivationCodesController, PeopleController, PeopleSignInCodesController, SignInLogController],
  providers: [
    AccountsStore,
    SignInCodesForPeople,
    SessionsStore,
    SignInLogStore,
    FailureCounter,
    LoginAttempts,
    AddressThrottle,
    PasswordHasher,
    PasswordStrength,
    RevocationWatch,
    SessionEnding,
    Csrf,
    AccessTokens,
    VolunteerPersonalData,
    SignIn,
    Activations,
    Invitations,
    ActivationCodes,
    PasswordChange,
    CredentialErasure,
    { provide: TOKEN_STANDING, useClass: IdentityTokenStanding },
    { provide: SMS_SENDER, useFactory: (logger: Logger) => new LogSmsSender(logger.child({ context: 'SmsSender' })), inject: [ROOT_LOGGER] },
  ],
  exports: [TOKEN_STANDING, SMS_SENDER],
})
export class IdentityModule {}
