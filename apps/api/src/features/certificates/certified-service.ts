import type { ServiceCategory } from '@shiji/domain';

/** One verified record as a certificate counts it. */
export interface CertifiedRecord {
  recordId: string;
  activityId: string | null;
  category: ServiceCategory;
  minutes: number;
}

export interface ActivityTotal {
  /** Null for ad-hoc service, which is grouped per category. */
  activityId: string | null;
  title: string | null;
  category: ServiceCategory;
  records: number;
  minutes: number;
}

export interface CategoryTotal {
  category: ServiceCategory;
  records: number;
  minutes: number;
}

/** What a certificate states: stored when issued, shown when checked. */
export interface CertifiedTotals {
  totalMinutes: number;
  records: number;
  byActivity: ActivityTotal[];
  byCategory: CategoryTotal[];
}

/**
 * Totals per activity and per category, in a stable order (most minutes
 * first, then by key) so the same records always read the same.
 */
export function certifiedTotals(records: readonly CertifiedRecord[], activityTitles: ReadonlyMap<string, string>): CertifiedTotals {
  const byActivity = new Map<string, ActivityTotal>();
  const byCategory = new Map<ServiceCategory, CategoryTotal>();
  for (const record of records) {
    // Ad-hoc help has no activity to name it by; its category tells the groups apart.
    const key = record.activityId === null ? `ad-hoc:${record.category}` : `activity:${record.activityId}`;
    const activity = byActivity.get(key) ?? {
      activityId: record.activityId,
      title: record.activityId === null ? null : (activityTitles.get(record.activityId) ?? null),
      category: record.category,
      records: 0,
      minutes: 0,
    };
    byActivity.set(key, { ...activity, records: activity.records + 1, minutes: activity.minutes + record.minutes });
    const category = byCategory.get(record.category) ?? { category: record.category, records: 0, minutes: 0 };
    byCategory.set(record.category, { ...category, records: category.records + 1, minutes: category.minutes + record.minutes });
  }
  return {
    totalMinutes: records.reduce((sum, record) => sum + record.minutes, 0),
    records: records.length,
    byActivity: [...byActivity.entries()].sort(byMinutesThenKey).map(([, total]) => total),
    byCategory: [...byCategory.entries()].sort(byMinutesThenKey).map(([, total]) => total),
  };
}

function byMinutesThenKey<T extends { minutes: number }>([keyA, a]: [string, T], [keyB, b]: [string, T]): number {
  return b.minutes - a.minutes || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0);
}
