import { PDFDocument } from 'pdf-lib';
import type { CertifiedTotals } from './certified-service';
import { cjkFontBytes } from './cjk-font';
import { upstreamFontkit } from './fontkit-adapter';
import { CONTENT_LEFT, GREY, PdfLayout, type Cell } from './pdf-layout';
import { AD_HOC_SERVICE, SERVICE_CATEGORY_NAMES } from './service-category-names';
import { serviceDuration } from './service-duration';

export interface CertificateContent {
  code: string;
  volunteerId: string;
  volunteerName: string;
  communityName: string;
  year: number;
  /** Shanghai day, YYYY-MM-DD. */
  issuedOn: string;
  totals: CertifiedTotals;
}

const TITLE = { zh: '志愿服务记录证明', en: 'Volunteer Service Record Certificate' };
const BODY = { size: 12 };
const ENGLISH = { size: 10, color: GREY };
const HEADING = { size: 13 };
const TABLE = { size: 10 };
const TABLE_HEAD = { size: 9, color: GREY };

/** Columns of the per-activity table; the per-category table uses the last three. */
const ACTIVITY_COLUMN = { x: CONTENT_LEFT, width: 190 };
const CATEGORY_COLUMN = { x: CONTENT_LEFT + 196, width: 120 };
const RECORDS_COLUMN = { x: CONTENT_LEFT + 318, width: 62, align: 'right' as const };
const DURATION_COLUMN = { x: CONTENT_LEFT + 384, width: 99, align: 'right' as const };

/** The certificate as an A4 PDF, Chinese first, with the font subset embedded so it reads the same everywhere. */
export async function renderCertificatePdf(content: CertificateContent): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(upstreamFontkit);
  const font = await doc.embedFont(await cjkFontBytes(), { subset: true });
  doc.setTitle(`${TITLE.zh} ${content.year} · ${content.volunteerName}`);
  doc.setSubject(`${TITLE.en} ${content.year}`);
  doc.setCreator('时积 Shiji');
  doc.setProducer('时积 Shiji');
  doc.setLanguage('zh-CN');

  const layout = new PdfLayout(doc, font);
  layout.centred(TITLE.zh, { size: 26 });
  layout.centred(TITLE.en, { size: 13, color: GREY });
  layout.space(20);
  introduction(layout, content);
  layout.space(12);
  if (content.totals.records === 0) {
    layout.paragraph('本年度无经认证的志愿服务记录。', BODY);
    layout.paragraph('No verified volunteer service in this year.', ENGLISH);
  } else {
    byActivity(layout, content.totals);
    layout.space(14);
    byCategory(layout, content.totals);
  }
  layout.space(24);
  issue(layout, content);
  layout.footers((page, pages) => `时积 Shiji · ${TITLE.zh} · 验证码 ${content.code} · 第 ${page} / ${pages} 页 Page ${page} of ${pages}`, { size: 8 });
  return doc.save();
}

function introduction(layout: PdfLayout, { volunteerName, volunteerId, year, totals }: CertificateContent): void {
  const total = serviceDuration(totals.totalMinutes);
  layout.paragraph(
    `兹证明 ${volunteerName}（志愿者编号：${volunteerId}）在 ${year} 年度参加志愿服务，经认证的服务时长共计 ${total.zh}，服务记录 ${totals.records} 条，明细如下。`,
    BODY,
  );
  layout.space(4);
  layout.paragraph(
    `This certifies that ${volunteerName} (volunteer ID ${volunteerId}) gave ${total.en} of verified volunteer service in ${year}, in ${totals.records} service records, as detailed below.`,
    ENGLISH,
  );
}

function byActivity(layout: PdfLayout, totals: CertifiedTotals): void {
  const header = () => {
    layout.row([{ text: '活动 Activity', ...ACTIVITY_COLUMN }, { text: '类别 Category', ...CATEGORY_COLUMN }, { text: '记录 Records', ...RECORDS_COLUMN }, { text: '时长 Duration', ...DURATION_COLUMN }], TABLE_HEAD);
    layout.rule();
  };
  section(layout, '一、按活动 By activity', header);
  for (const activity of totals.byActivity) {
    const category = SERVICE_CATEGORY_NAMES[activity.category];
    const title = activity.activityId === null ? AD_HOC_SERVICE.zh : (activity.title ?? activity.activityId);
    layout.row(
      [{ text: title, ...ACTIVITY_COLUMN }, { text: `${category.zh} ${category.en}`, ...CATEGORY_COLUMN }, ...amounts(activity.records, activity.minutes)],
      TABLE,
      header,
    );
  }
  total(layout, totals, header);
}

function byCategory(layout: PdfLayout, totals: CertifiedTotals): void {
  const header = () => {
    layout.row([{ text: '类别 Category', ...ACTIVITY_COLUMN }, { text: '记录 Records', ...RECORDS_COLUMN }, { text: '时长 Duration', ...DURATION_COLUMN }], TABLE_HEAD);
    layout.rule();
  };
  section(layout, '二、按类别 By category', header);
  for (const category of totals.byCategory) {
    const name = SERVICE_CATEGORY_NAMES[category.category];
    layout.row([{ text: `${name.zh} ${name.en}`, ...ACTIVITY_COLUMN }, ...amounts(category.records, category.minutes)], TABLE, header);
  }
  total(layout, totals, header);
}

/** A heading kept on the same page as its table's header and first rows. */
function section(layout: PdfLayout, heading: string, header: () => void): void {
  layout.ensure(HEADING.size * 1.5 + 4 * TABLE.size * 1.5);
  layout.paragraph(heading, HEADING);
  layout.space(4);
  header();
}

function total(layout: PdfLayout, totals: CertifiedTotals, header: () => void): void {
  layout.ensure(TABLE.size * 3, header);
  layout.rule();
  layout.row([{ text: '合计 Total', ...ACTIVITY_COLUMN }, ...amounts(totals.records, totals.totalMinutes)], TABLE, header);
}

function amounts(records: number, minutes: number): Cell[] {
  return [{ text: String(records), ...RECORDS_COLUMN }, { text: serviceDuration(minutes).zh, ...DURATION_COLUMN }];
}

function issue(layout: PdfLayout, { communityName, issuedOn, code }: CertificateContent): void {
  const [year, month, day] = issuedOn.split('-');
  // The closing block stays together: who issued it, when, and how to check it.
  layout.ensure(150);
  layout.paragraph(`出具社区 Issuing community：${communityName}`, BODY);
  layout.paragraph(`出具日期 Date of issue：${year} 年 ${Number(month)} 月 ${Number(day)} 日（${issuedOn}）`, BODY);
  layout.paragraph(`验证码 Verification code：${code}`, { size: 14 });
  layout.space(6);
  layout.paragraph('凭验证码可随时查验本证明与服务记录是否一致（无需登录）：', ENGLISH);
  layout.paragraph('Anyone can check this certificate against the records, without logging in:', ENGLISH);
  layout.paragraph(`GET /v1/certificates/${code}`, ENGLISH);
}
