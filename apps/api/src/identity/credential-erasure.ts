import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { PoolClient } from 'pg';
import { PersonalDataVault, type ErasureParticipant } from '../personal-data/personal-data-vault';
import { AccountsStore } from './accounts.store';
import { cliTokens } from './cli-tokens.store';
import { RevocationWatch } from './revocation-watch';
import { revocations } from './revocations.store';
import { SessionsStore } from './sessions.store';
import { SignInLogStore } from './sign-in-log.store';

/**
 * An erased volunteer's credentials go with their personal-data key, in its
 * transaction: the account (its phone, password hash, codes, sessions and
 * refresh tokens), and every session and CLI token of theirs is revoked.
 */
@Injectable()
export class CredentialErasure implements ErasureParticipant, OnModuleInit {
  constructor(
    private readonly vault: PersonalDataVault,
    private readonly accounts: AccountsStore,
    private readonly sessions: SessionsStore,
    private readonly watch: RevocationWatch,
    private readonly log: SignInLogStore,
  ) {}

  onModuleInit(): void {
    this.vault.joinErasure(this);
  }

  async eraseWith(db: PoolClient, volunteerId: string): Promise<() => void> {
    const revoked = await cliTokens.revokeSubject(db, 'volunteer', volunteerId);
    const account = await this.accounts.bySubject('volunteer', volunteerId, db);
    if (account) {
      revoked.push(...(await revocations.ofSessions(db, await this.sessions.allOf(db, account.personId))));
      await this.accounts.delete(db, account.personId);
      await this.log.record({ kind: 'credentials-deleted', personId: account.personId, role: 'volunteer', subject: volunteerId, detail: { reason: 'erasure' } }, db);
    }
    return () => this.watch.note(revoked);
  }
}
