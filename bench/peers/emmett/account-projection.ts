import { pongoSingleStreamProjection } from '@event-driven-io/emmett-postgresql';
import type { PongoDb } from '@event-driven-io/pongo';
import type { AccountEvent } from './account';

/** What GET /v1/volunteers/{id}/account answers: one pongo document per account stream. */
export type AccountDocument = {
  volunteerId: string;
  communityId: string;
  creditMinutes: number;
  lifetimeMinutes: number;
  records: number;
  verifiedRecords: number;
};

export const ACCOUNTS_COLLECTION = 'accounts';

function evolve(document: AccountDocument | null, { type, data }: AccountEvent): AccountDocument | null {
  switch (type) {
    case 'VolunteerRegistered':
      return { volunteerId: data.volunteerId, communityId: data.communityId, creditMinutes: 0, lifetimeMinutes: 0, records: 0, verifiedRecords: 0 };
    case 'ServiceRecorded':
      return document && { ...document, records: document.records + 1 };
    case 'ServiceVerified':
      return document && { ...document, creditMinutes: document.creditMinutes + data.minutes, lifetimeMinutes: document.lifetimeMinutes + data.minutes, verifiedRecords: document.verifiedRecords + 1 };
    default: {
      const unhandled: never = type;
      return unhandled;
    }
  }
}

/** Keyed by stream name, as pongoSingleStreamProjection keys its documents. */
export const accountProjection = pongoSingleStreamProjection<AccountDocument, AccountEvent>({
  collectionName: ACCOUNTS_COLLECTION,
  canHandle: ['VolunteerRegistered', 'ServiceRecorded', 'ServiceVerified'],
  evolve,
});

export function findAccount(db: PongoDb, streamName: string): Promise<AccountDocument | null> {
  return db.collection<AccountDocument>(ACCOUNTS_COLLECTION).findOne({ _id: streamName });
}
