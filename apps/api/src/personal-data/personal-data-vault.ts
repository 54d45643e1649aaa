import { Inject, Injectable } from '@nestjs/common';
import { isSealed, type PersonalData, type SealedPersonalData, type StoredPersonalData } from '@shiji/domain';
import { inTransaction } from '@shiji/postgres';
import type { Pool, PoolClient } from 'pg';
import { DATABASE_POOL } from '../platform/database/database-pool';
import { newPersonalDataKey, openPersonalData, openText, sealPersonalData, sealText } from './personal-data-cipher';

/** What a view shows once the data is gone (erased, or its key lost). */
export const ERASED: RevealedPersonalData = { name: '已注销 / erased', phone: '', erased: true };

export interface RevealedPersonalData extends PersonalData {
  erased: boolean;
}

/** A volunteer's personal data as a view or an event holds it. */
export interface PersonalDataHolder {
  volunteerId: string;
  personal: StoredPersonalData | null;
}

/**
 * Crypto-shredding: each volunteer's personal data is sealed with a key of
 * their own, kept here and never in the log. Erasure deletes the key, and
 * every copy of the ciphertext (events, views, exports, backups of the log)
 * becomes unreadable at once.
 */
/** Erases what it holds of a volunteer inside the vault's transaction; the step it returns runs once that has committed. */
export interface ErasureParticipant {
  eraseWith(db: PoolClient, volunteerId: string): Promise<() => void>;
}

@Injectable()
export class PersonalDataVault {
  private readonly participants: ErasureParticipant[] = [];

  constructor(@Inject(DATABASE_POOL) private readonly pool: Pool) {}

  /** Seals with the volunteer's key, creating it on first use (a retried registration reuses it). */
  async seal(volunteerId: string, personal: PersonalData): Promise<SealedPersonalData> {
    const { rows } = await this.pool.query<{ key: Buffer }>(
      `INSERT INTO personal_data_keys (volunteer_id, key) VALUES ($1, $2)
       ON CONFLICT (volunteer_id) DO UPDATE SET volunteer_id = EXCLUDED.volunteer_id RETURNING key`,
      [volunteerId, newPersonalDataKey()],
    );
    return sealPersonalData(rows[0].key, volunteerId, personal);
  }

  /**
   * Seals many volunteers' data at once (a roster import): one statement for
   * all their keys, each created on first use as seal() does.
   */
  async sealMany(entries: ReadonlyArray<{ volunteerId: string; personal: PersonalData }>): Promise<Map<string, SealedPersonalData>> {
    const sealed = new Map<string, SealedPersonalData>();
    if (entries.length === 0) return sealed;
    const { rows } = await this.pool.query<{ volunteer_id: string; key: Buffer }>(
      `INSERT INTO personal_data_keys (volunteer_id, key) SELECT * FROM unnest($1::text[], $2::bytea[])
       ON CONFLICT (volunteer_id) DO UPDATE SET volunteer_id = EXCLUDED.volunteer_id RETURNING volunteer_id, key`,
      [entries.map((entry) => entry.volunteerId), entries.map(() => newPersonalDataKey())],
    );
    const keys = new Map(rows.map((row) => [row.volunteer_id, row.key]));
    for (const { volunteerId, personal } of entries) sealed.set(volunteerId, sealPersonalData(keys.get(volunteerId) as Buffer, volunteerId, personal));
    return sealed;
  }

  /** Free text about the same person (an applicant's note), under the key their personal data has. */
  async sealText(volunteerId: string, text: string): Promise<SealedPersonalData> {
    const { rows } = await this.pool.query<{ key: Buffer }>(
      `INSERT INTO personal_data_keys (volunteer_id, key) VALUES ($1, $2)
       ON CONFLICT (volunteer_id) DO UPDATE SET volunteer_id = EXCLUDED.volunteer_id RETURNING key`,
      [volunteerId, newPersonalDataKey()],
    );
    return sealText(rows[0].key, volunteerId, text);
  }

  /** Opens sealed texts, one query for the keys; null where the key is gone (erased) or the text does not open. */
  async openTexts(items: ReadonlyArray<{ volunteerId: string; sealed: SealedPersonalData }>): Promise<Map<string, string | null>> {
    const opened = new Map<string, string | null>();
    if (items.length === 0) return opened;
    const { rows } = await this.pool.query<{ volunteer_id: string; key: Buffer }>('SELECT volunteer_id, key FROM personal_data_keys WHERE volunteer_id = ANY($1::text[])', [
      [...new Set(items.map((item) => item.volunteerId))],
    ]);
    const keys = new Map(rows.map((row) => [row.volunteer_id, row.key]));
    for (const { volunteerId, sealed } of items) {
      const key = keys.get(volunteerId);
      opened.set(volunteerId, key ? openText(key, volunteerId, sealed) : null);
    }
    return opened;
  }

  async open(holder: PersonalDataHolder): Promise<RevealedPersonalData> {
    return (await this.openMany([holder])).get(holder.volunteerId) ?? ERASED;
  }

  /** One query for all the keys; data without a key, or erased, reads as ERASED. */
  async openMany(holders: readonly PersonalDataHolder[]): Promise<Map<string, RevealedPersonalData>> {
    const sealedIds = holders.filter((holder) => holder.personal !== null && isSealed(holder.personal)).map((holder) => holder.volunteerId);
    const keys = new Map<string, Buffer>();
    if (sealedIds.length > 0) {
      const { rows } = await this.pool.query<{ volunteer_id: string; key: Buffer }>('SELECT volunteer_id, key FROM personal_data_keys WHERE volunteer_id = ANY($1::text[])', [sealedIds]);
      for (const row of rows) keys.set(row.volunteer_id, row.key);
    }
    const revealed = new Map<string, RevealedPersonalData>();
    for (const { volunteerId, personal } of holders) {
      if (personal === null) revealed.set(volunteerId, ERASED);
      else if (!isSealed(personal)) revealed.set(volunteerId, { name: personal.name, phone: personal.phone, erased: false });
      else {
        const key = keys.get(volunteerId);
        const opened = key ? openPersonalData(key, volunteerId, personal) : null;
        revealed.set(volunteerId, opened ? { ...opened, erased: false } : ERASED);
      }
    }
    return revealed;
  }

  /**
   * Another store of what the volunteer must not keep once erased (their
   * credentials, say): it is erased in the same transaction as the key.
   */
  joinErasure(participant: ErasureParticipant): void {
    this.participants.push(participant);
  }

  /** Deletes the key, and what every participant holds, at once: from now on the volunteer's sealed data opens nowhere. Idempotent. */
  async erase(volunteerId: string): Promise<void> {
    const afterCommit = await inTransaction(this.pool, async (db) => {
      await db.query('DELETE FROM personal_data_keys WHERE volunteer_id = $1', [volunteerId]);
      const steps: Array<() => void> = [];
      for (const participant of this.participants) steps.push(await participant.eraseWith(db, volunteerId));
      return steps;
    });
    for (const step of afterCommit) step();
  }
}
