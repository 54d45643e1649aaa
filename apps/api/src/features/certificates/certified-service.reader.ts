import { Injectable } from '@nestjs/common';
import { shanghaiDay } from '@shiji/domain';
import type { ActivityView, ServiceRecordView, StaffView } from '@shiji/projections';
import { ReadModels } from '../../read-side/read-models';
import { certificateDigest } from './certificate-digest';
import { certifiedTotals, type CertifiedRecord, type CertifiedTotals } from './certified-service';

export interface PeriodTotal {
  /** Shanghai month, YYYY-MM. */
  month: string;
  records: number;
  minutes: number;
}

export interface CertifiedService {
  digest: string;
  totals: CertifiedTotals;
  recordIds: string[];
  /** Shanghai days of the first and last service certified; null when none. */
  firstServiceDay: string | null;
  lastServiceDay: string | null;
  byMonth: PeriodTotal[];
  /** Who recorded and who verified the records (谁记录谁证明), by name where staff have one. */
  recordedBy: string[];
  verifiedBy: string[];
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
    const views = rows.map(({ data }) => data).sort((a, b) => (a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0));
    const records: CertifiedRecord[] = views.map((data) => ({ recordId: data.recordId, activityId: data.activityId, category: data.category, minutes: data.minutes }));
    const activityIds = [...new Set(records.flatMap((record) => (record.activityId === null ? [] : [record.activityId])))];
    const staffIds = [...new Set(views.flatMap((view) => [view.recordedBy, view.verifiedBy].filter((id): id is string => id !== undefined)))];
    const [activities, staff] = await Promise.all([this.readModels.findByIds<ActivityView>('activities', activityIds), this.readModels.findByIds<StaffView>('staff', staffIds)]);
    const titles = new Map([...activities].map(([id, activity]) => [id, activity.title]));
    const days = views.map((view) => shanghaiDay(new Date(view.startedAt)));
    const names = (ids: Array<string | undefined>) => [...new Set(ids.filter((id): id is string => id !== undefined))].map((id) => staff.get(id)?.name ?? id);
    return {
      digest: certificateDigest(volunteerId, year, records),
      totals: certifiedTotals(records, titles),
      recordIds: records.map((record) => record.recordId),
      firstServiceDay: days[0] ?? null,
      lastServiceDay: days[days.length - 1] ?? null,
      byMonth: byMonth(views, days),
      recordedBy: names(views.map((view) => view.recordedBy)),
      verifiedBy: names(views.map((view) => view.verifiedBy)),
    };
  }
}

function byMonth(views: readonly ServiceRecordView[], days: readonly string[]): PeriodTotal[] {
  const months = new Map<string, PeriodTotal>();
  views.forEach((view, index) => {
    const month = days[index].slice(0, 7);
    const total = months.get(month) ?? { month, records: 0, minutes: 0 };
    months.set(month, { month, records: total.records + 1, minutes: total.minutes + view.minutes });
  });
  return [...months.values()];
}
