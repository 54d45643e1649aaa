import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { volunteerStream } from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { VolunteerView } from '@shiji/projections';
import { inTransaction } from '@shiji/postgres';
import type { PoolClient } from 'pg';
import { PersonalDataVault, type ErasureParticipant } from '../../personal-data/personal-data-vault';
import { ProblemError } from '../../platform/errors/problem.error';
import { ReadModels } from '../../read-side/read-models';

/**
 * Which volunteers of a community a phone number is registered to. Two
 * sources, both compared in memory, so the number never reaches a query, a
 * log line or an answer: the claims registrations through the api make (a
 * keyed digest, written before the registration is appended, so they are
 * current at once), and the view of volunteers (opened with their keys), for
 * volunteers registered otherwise (a roster import, an approved application).
 */
/** Longer than any registration takes between its claim and its append. */
const UNAPPENDED_CLAIM_SECONDS = 300;

@Injectable()
export class CommunityPhones implements ErasureParticipant, OnModuleInit {
  private key: Promise<Buffer> | null = null;

  constructor(
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly events: EventStore,
  ) {}

  onModuleInit(): void {
    this.vault.joinErasure(this);
  }

  /**
   * Runs `register` unless the phone already belongs to another volunteer of
   * the community than `volunteerId` (a keyed retry finds its own first
   * claim): 409 PHONE_ALREADY_REGISTERED naming them. `shared` (a namesake
   * sharing the phone, said so explicitly) skips the check and still claims.
   * Checking and claiming hold a lock on the community and digest, so two
   * registrations of one phone at once cannot both pass.
   */
  async registerUnlessTaken<T>(communityId: string, phone: string, volunteerId: string, options: { shared: boolean }, register: () => Promise<T>): Promise<T> {
    const digest = await this.digestOf(phone);
    if (!options.shared) {
      // Outside the claim's transaction: opening a community's volunteers needs connections of its own.
      const viewed = await this.viewHoldersOf(communityId, phone, volunteerId);
      if (viewed.length > 0) throw phoneAlreadyRegistered(viewed);
    }
    await inTransaction(this.readModels.pool, async (db) => {
      await db.query("SELECT pg_advisory_xact_lock(hashtext('volunteer-phone:' || $1 || ':' || encode($2, 'hex')))", [communityId, digest]);
      if (!options.shared) {
        const claimed = await this.claimHoldersOf(db, communityId, digest, volunteerId);
        if (claimed.length > 0) throw phoneAlreadyRegistered(claimed);
      }
      await db.query('INSERT INTO volunteer_phone_claims (community_id, phone_digest, volunteer_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [communityId, digest, volunteerId]);
    });
    return register();
  }

  /** A volunteer who moved takes their claim to the new community. */
  async moved(volunteerId: string, toCommunityId: string): Promise<void> {
    await this.readModels.pool.query('UPDATE volunteer_phone_claims SET community_id = $2 WHERE volunteer_id = $1', [volunteerId, toCommunityId]);
  }

  async eraseWith(db: PoolClient, volunteerId: string): Promise<() => void> {
    await db.query('DELETE FROM volunteer_phone_claims WHERE volunteer_id = $1', [volunteerId]);
    return () => undefined;
  }

  /** Volunteers registered through the api: current at once, under the lock. */
  private async claimHoldersOf(db: PoolClient, communityId: string, digest: Buffer, self: string): Promise<string[]> {
    const { rows: claims } = await db.query<{ volunteer_id: string; settled: boolean }>(
      `SELECT volunteer_id, claimed_at < now() - make_interval(secs => $4) AS settled
         FROM volunteer_phone_claims WHERE community_id = $1 AND phone_digest = $2 AND volunteer_id <> $3 ORDER BY claimed_at`,
      [communityId, digest, self, UNAPPENDED_CLAIM_SECONDS],
    );
    const claimed: string[] = [];
    for (const { volunteer_id: volunteerId, settled } of claims) {
      // A claim long past whose registration was never appended (the request died between the two) holds nothing;
      // a recent one may be a registration still on its way to the log.
      if (!settled || (await this.events.readStream(volunteerStream(volunteerId), { maxCount: 1 })).length > 0) claimed.push(volunteerId);
      else await db.query('DELETE FROM volunteer_phone_claims WHERE volunteer_id = $1', [volunteerId]);
    }
    return claimed;
  }

  /** Volunteers in the view, however they were registered (a roster import, an approved application, before claims existed). */
  private async viewHoldersOf(communityId: string, phone: string, self: string): Promise<string[]> {
    const { rows } = await this.readModels.pool.query<{ data: VolunteerView }>('SELECT data FROM rm_volunteers WHERE community_id = $1 ORDER BY id', [communityId]);
    const opened = await this.vault.openMany(rows.map((row) => row.data));
    return rows
      .map((row) => row.data.volunteerId)
      .filter((volunteerId) => {
        const personal = opened.get(volunteerId);
        return volunteerId !== self && personal !== undefined && !personal.erased && personal.phone === phone;
      });
  }

  /** HMAC-SHA256 under the instance's claim key, made on first use (a backup carries it with the claims). */
  private async digestOf(phone: string): Promise<Buffer> {
    this.key ??= this.readModels.pool
      .query<{ key: Buffer }>('INSERT INTO phone_claim_key (id, key) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET id = 1 RETURNING key', [randomBytes(32)])
      .then(({ rows }) => rows[0].key);
    this.key.catch(() => (this.key = null));
    return createHmac('sha256', await this.key).update(phone).digest();
  }
}

function phoneAlreadyRegistered(volunteerIds: string[]): ProblemError {
  return new ProblemError({
    code: 'PHONE_ALREADY_REGISTERED',
    status: 409,
    title: { zh: '该手机号已登记为本社区志愿者', en: 'A volunteer of the community is already registered with this phone' },
    detail: {
      zh: '该手机号已登记为本社区志愿者（见 volunteerId）；如确为共用手机的另一人（如家人），请加 allowSharedPhone: true 再次登记',
      en: 'A volunteer of the community is already registered with this phone (see volunteerId); to register another person sharing it (family, say), send allowSharedPhone: true',
    },
    extensions: { volunteerId: volunteerIds[0], volunteerIds },
  });
}
