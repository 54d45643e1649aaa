import { Injectable } from '@nestjs/common';
import type { AccountView, ActivityView, ServiceRecordView, TeamView, VolunteerView } from '@shiji/projections';
import type { Actor } from '../../platform/auth/actor';
import { PersonalDataVault } from '../../personal-data/personal-data-vault';
import { maskPhone } from '../../read-side/phone';
import { ReadModels } from '../../read-side/read-models';
import { AD_HOC_SERVICE, SERVICE_CATEGORY_NAMES } from '../certificates/service-category-names';
import { mayReadPersonalData } from '../organisation/volunteer-queries';
import { workbookOf, type SheetColumn } from './spreadsheet';

const STAR = ['', '★', '★★', '★★★', '★★★★', '★★★★★'];
const STATUS: Record<string, string> = { active: '在册', suspended: '已暂停', pending: '待认证', verified: '已认证', rejected: '已驳回' };

/** Shanghai wall-clock text of an instant: 2025-03-01 09:30. */
function shanghaiText(iso: string): string {
  return new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

interface VolunteerLine {
  view: VolunteerView;
  name: string;
  phone: string;
  teams: string;
  starLevel: number;
  lifetimeMinutes: number;
}

interface RecordLine {
  view: ServiceRecordView;
  volunteerNumber: string;
  name: string;
  activity: string | null;
}

/**
 * Spreadsheets staff take away: a community's volunteers, and a month's
 * service records. Phones as the api shows them to the caller (in full only
 * to staff of the community).
 */
@Injectable()
export class RosterExports {
  constructor(
    private readonly readModels: ReadModels,
    private readonly vault: PersonalDataVault,
  ) {}

  async volunteers(communityId: string, actor: Actor): Promise<Buffer> {
    const { rows } = await this.readModels.pool.query<{ data: VolunteerView; account: AccountView | null }>(
      'SELECT v.data, a.data AS account FROM rm_volunteers v LEFT JOIN rm_accounts a ON a.id = v.id WHERE v.community_id = $1 ORDER BY v.data->>\'registeredAt\', v.id',
      [communityId],
    );
    const [opened, teams] = await Promise.all([
      this.vault.openMany(rows.map((row) => row.data)),
      this.readModels.findByIds<TeamView>('teams', [...new Set(rows.flatMap((row) => row.data.teams))]),
    ]);
    const full = mayReadPersonalData(actor, communityId);
    const lines = rows.map(({ data, account }): VolunteerLine => {
      const personal = opened.get(data.volunteerId);
      return {
        view: data,
        name: personal?.name ?? '',
        phone: full ? (personal?.phone ?? '') : maskPhone(personal?.phone ?? ''),
        teams: data.teams.map((teamId) => teams.get(teamId)?.name ?? teamId).join('、'),
        starLevel: account?.starLevel ?? 0,
        lifetimeMinutes: account?.lifetimeMinutes ?? 0,
      };
    });
    const columns: SheetColumn<VolunteerLine>[] = [
      { header: '志愿者编号', width: 14, value: (line) => line.view.volunteerNumber },
      { header: '姓名', width: 14, value: (line) => line.name },
      { header: '手机号', width: 14, value: (line) => line.phone },
      { header: '是否党员', width: 10, value: (line) => (line.view.partyMember ? '是' : '否') },
      { header: '服务队', width: 24, value: (line) => line.teams },
      { header: '星级', width: 10, value: (line) => STAR[line.starLevel] ?? '' },
      { header: '累计认证时长（小时）', width: 20, value: (line) => Math.round(line.lifetimeMinutes / 6) / 10 },
      { header: '状态', width: 8, value: (line) => STATUS[line.view.status] ?? line.view.status },
      { header: '登记时间', width: 18, value: (line) => shanghaiText(line.view.registeredAt) },
    ];
    return workbookOf('志愿者', columns, lines);
  }

  /** Records whose service started in `month` (YYYY-MM, Shanghai), in the order they started. */
  async serviceRecords(communityId: string, month: string): Promise<Buffer> {
    const [year, monthNumber] = month.split('-').map(Number);
    const from = new Date(Date.UTC(year, monthNumber - 1, 1) - 8 * 3_600_000).toISOString();
    const to = new Date(Date.UTC(year, monthNumber, 1) - 8 * 3_600_000).toISOString();
    const { rows } = await this.readModels.pool.query<{ data: ServiceRecordView }>(
      `SELECT data FROM rm_service_records WHERE community_id = $1 AND (data->>'startedAt')::timestamptz >= $2 AND (data->>'startedAt')::timestamptz < $3
       ORDER BY (data->>'startedAt')::timestamptz, id`,
      [communityId, from, to],
    );
    const records = rows.map((row) => row.data);
    const [volunteers, activities] = await Promise.all([
      this.readModels.findByIds<VolunteerView>('volunteers', [...new Set(records.map((record) => record.volunteerId))]),
      this.readModels.findByIds<ActivityView>('activities', [...new Set(records.flatMap((record) => (record.activityId ? [record.activityId] : [])))]),
    ]);
    const opened = await this.vault.openMany([...volunteers.values()]);
    const lines = records.map((view): RecordLine => ({
      view,
      volunteerNumber: volunteers.get(view.volunteerId)?.volunteerNumber ?? view.volunteerId,
      name: opened.get(view.volunteerId)?.name ?? '',
      activity: view.activityId ? (activities.get(view.activityId)?.title ?? view.activityId) : null,
    }));
    const columns: SheetColumn<RecordLine>[] = [
      { header: '记录编号', width: 38, value: (line) => line.view.recordId },
      { header: '志愿者编号', width: 14, value: (line) => line.volunteerNumber },
      { header: '姓名', width: 14, value: (line) => line.name },
      { header: '服务开始时间', width: 18, value: (line) => shanghaiText(line.view.startedAt) },
      { header: '时长（分钟）', width: 12, value: (line) => line.view.minutes },
      { header: '服务类别', width: 12, value: (line) => SERVICE_CATEGORY_NAMES[line.view.category]?.zh ?? line.view.category },
      { header: '服务活动', width: 24, value: (line) => line.activity ?? AD_HOC_SERVICE.zh },
      { header: '状态', width: 10, value: (line) => STATUS[recordStatus(line.view)] },
      { header: '说明', width: 30, value: (line) => line.view.description },
    ];
    return workbookOf(`服务记录 ${month}`, columns, lines);
  }
}

function recordStatus(view: ServiceRecordView): string {
  return typeof view.status === 'string' ? view.status : view.verified ? 'verified' : 'pending';
}
