import { Injectable } from '@nestjs/common';
import type { ActivityView, ServiceRecordView } from '@shiji/projections';
import { ReadModels } from '../../read-side/read-models';
import { certificateDigest } from './certificate-digest';
import { certifiedTotals, type CertifiedRecord, type CertifiedTotals } from './certified-service';

export interface CertifiedService {
  digest: string;
  totals: CertifiedTotals;
}

/**
 * A volunteer's verified service of one Shanghai year, read from the read
 * models, both when a certificate is issued and when it is checked: the two
 * agree exactly when the records have not changed since.
 */
@Injectable()
export class CertifiedServiceReader {
  constructor(private readonly readModels: ReadModels) {}

  async read(volunteerId: string, year: number): Promise<CertifiedService> {
    // A record corrected down to nothing certifies nothing, as on the honour roll.
    const { rows } = await this.readModels.pool.query<{ data: ServiceRecordView }>(
      `SELECT data FROM rm_service_records WHERE volunteer_id = $1 AND year = $2 AND verified AND (data->>'minutes')::integer > 0`,
      [volunteerId, year],
    );
    const records: CertifiedRecord[] = rows.map(({ data }) => ({ recordId: data.recordId, activityId: data.activityId, category: data.category, minutes: data.minutes }));
    const activityIds = [...new Set(records.flatMap((record) => (record.activityId === null ? [] : [record.activityId])))];
    const activities = await this.readModels.findByIds<ActivityView>('activities', activityIds);
    const titles = new Map([...activities].map(([id, activity]) => [id, activity.title]));
    return { digest: certificateDigest(volunteerId, year, records), totals: certifiedTotals(records, titles) };
  }
}
