import { Injectable } from '@nestjs/common';
import { RevocationWatch } from './revocation-watch';
import type { Revocation } from './revocations.store';
import { SessionsStore, type EndReason } from './sessions.store';
import { SignInLogStore, type SignInLogEntry } from './sign-in-log.store';

type EndingEntry = Omit<SignInLogEntry, 'kind' | 'sessionId'>;

/** Ends sessions: the rows, the revocation every instance honours, this instance at once, and the sign-in log. */
@Injectable()
export class SessionEnding {
  constructor(
    private readonly sessions: SessionsStore,
    private readonly watch: RevocationWatch,
    private readonly log: SignInLogStore,
  ) {}

  async end(sessionIds: readonly string[], reason: EndReason, entry: EndingEntry): Promise<number> {
    return this.settle(await this.sessions.end(sessionIds, reason), reason, entry);
  }

  async endAllOf(personId: string, reason: EndReason, entry: EndingEntry, except?: string): Promise<number> {
    return this.settle(await this.sessions.endAllOf(personId, reason, except), reason, entry);
  }

  /** Once the transaction that wrote these revocations has committed: in force here at once, and logged. */
  async settle(revoked: readonly Revocation[], reason: EndReason, entry: EndingEntry): Promise<number> {
    this.watch.note(revoked);
    const kind = reason === 'signed-out' ? 'signed-out' : 'session-ended';
    for (const { id } of revoked) await this.log.record({ ...entry, kind, sessionId: id, detail: { ...entry.detail, reason } });
    return revoked.length;
  }
}
