import { Injectable } from '@nestjs/common';
import { liaisonSubject } from '@shiji/domain';
import type { MonthlyRecordView, UnitView } from '@shiji/projections';
import { PersonalDataVault, type RevealedPersonalData } from '../../personal-data/personal-data-vault';
import { ReadModels } from '../../read-side/read-models';

export interface UnitAnswer extends Omit<UnitView, 'liaison'> {
  liaison: RevealedPersonalData | null;
  members: number;
  membersReportedIn: number;
}

const UNITS_WITH_COUNTS = `
  SELECT u.data, count(m.id)::int AS members, count(m.id) FILTER (WHERE m.data->'reportedIn'->>'unitId' = u.id)::int AS reported_in
  FROM rm_units u LEFT JOIN rm_unit_members m ON m.unit_id = u.id`;

/** Units as staff read them: the liaison officer opened with their own key, and the volunteers who name the unit counted. */
@Injectable()
export class UnitQueries {
  constructor(
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
  ) {}

  async list(communityId: string): Promise<UnitAnswer[]> {
    const { rows } = await this.readModels.pool.query<{ data: UnitView; members: number; reported_in: number }>(
      `${UNITS_WITH_COUNTS} WHERE u.community_id = $1 GROUP BY u.id, u.data ORDER BY u.id`,
      [communityId],
    );
    return this.answer(rows);
  }

  async one(unitId: string): Promise<UnitAnswer | null> {
    const { rows } = await this.readModels.pool.query<{ data: UnitView; members: number; reported_in: number }>(`${UNITS_WITH_COUNTS} WHERE u.id = $1 GROUP BY u.id, u.data`, [unitId]);
    return (await this.answer(rows))[0] ?? null;
  }

  /** In-service Party members reported in, per unit and per community they reported to. */
  async reportInCounts(communityId: string | undefined) {
    const { rows } = await this.readModels.pool.query<{ unit_id: string | null; community_id: string | null; reported_in: number }>(
      `SELECT data->'reportedIn'->>'unitId' AS unit_id, data->'reportedIn'->>'communityId' AS community_id, count(*)::int AS reported_in
       FROM rm_unit_members WHERE data->'reportedIn' <> 'null'::jsonb AND ($1::text IS NULL OR data->'reportedIn'->>'communityId' = $1)
       GROUP BY GROUPING SETS ((data->'reportedIn'->>'unitId'), (data->'reportedIn'->>'communityId'), ())`,
      [communityId ?? null],
    );
    const byUnit = rows.filter((row) => row.unit_id !== null).map((row) => ({ unitId: row.unit_id as string, reportedIn: row.reported_in }));
    const byCommunity = rows.filter((row) => row.community_id !== null).map((row) => ({ communityId: row.community_id as string, reportedIn: row.reported_in }));
    const total = rows.find((row) => row.unit_id === null && row.community_id === null)?.reported_in ?? 0;
    const order = <T>(key: (item: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    return { byUnit: byUnit.sort(order((item) => item.unitId)), byCommunity: byCommunity.sort(order((item) => item.communityId)), total };
  }

  async monthlyRecord(unitId: string, month: string): Promise<MonthlyRecordView | null> {
    const { rows } = await this.readModels.pool.query<{ data: MonthlyRecordView }>('SELECT data FROM rm_monthly_records WHERE unit_id = $1 AND month = $2', [unitId, month]);
    return rows[0]?.data ?? null;
  }

  async monthlyRecords(communityId: string, month: string): Promise<MonthlyRecordView[]> {
    const { rows } = await this.readModels.pool.query<{ data: MonthlyRecordView }>('SELECT data FROM rm_monthly_records WHERE community_id = $1 AND month = $2 ORDER BY unit_id', [communityId, month]);
    return rows.map((row) => row.data);
  }

  private async answer(rows: ReadonlyArray<{ data: UnitView; members: number; reported_in: number }>): Promise<UnitAnswer[]> {
    const holders = rows.filter((row) => row.data.liaison !== null).map((row) => ({ volunteerId: liaisonSubject(row.data.unitId), personal: row.data.liaison }));
    const opened = await this.vault.openMany(holders);
    return rows.map(({ data, members, reported_in }) => ({
      ...data,
      liaison: data.liaison === null ? null : (opened.get(liaisonSubject(data.unitId)) ?? null),
      liaisonVolunteerId: data.liaisonVolunteerId ?? null,
      members,
      membersReportedIn: reported_in,
    }));
  }
}
