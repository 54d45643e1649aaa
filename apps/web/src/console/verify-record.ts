import { api, write } from '../api/client';
import { i18n } from '../i18n';
import { notifyDone, notifyProblem } from './notify';

/** Verifies one service record and says how it went; true when it was verified. */
export async function verifyRecord(recordId: string): Promise<boolean> {
  try {
    await write(() => api.POST('/v1/service-records/{recordId}/verify', { params: { path: { recordId } } }));
    notifyDone(i18n.global.t('records.verifiedDone'));
    return true;
  } catch (error) {
    notifyProblem(error);
    return false;
  }
}

export type RecordStatus = 'pending' | 'verified' | 'rejected';

/** The tag a record's status wears: verified green, pending amber, rejected red. */
export const STATUS_TAG: Record<RecordStatus, 'success' | 'warning' | 'danger'> = { verified: 'success', pending: 'warning', rejected: 'danger' };
