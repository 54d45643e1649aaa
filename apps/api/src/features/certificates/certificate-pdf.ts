import { PDFDocument } from 'pdf-lib';
import type { IdentityDocument, VolunteerRecord } from '@shiji/domain';
import type { CertifiedService } from './certified-service.reader';
import type { CertifiedTotals } from './certified-service';
import { cjkFontBytes } from './cjk-font';
import { upstreamFontkit } from './fontkit-adapter';
import { IDENTITY_DOCUMENT_NAMES } from './identity-document';
import type { PrintedIssuer } from './issued-certificates';
import { CONTENT_LEFT, CONTENT_RIGHT, GREY, PdfLayout, type Cell } from './pdf-layout';
import { qrCodePath } from './qr-code-path';
import { AD_HOC_SERVICE, SERVICE_CATEGORY_NAMES } from './service-category-names';
import { serviceDuration } from './service-duration';

export interface CertificateContent {
  code: string;
  certificateNumber: string;
  /** The public check page the QR code opens. */
  checkUrl: string;
  volunteerId: string;
  /** Printed in place of the id: the readable number (`K7M-000123`). */
  volunteerNumber: string;
  volunteerName: string;
  /** In full: the certificate is the one place it is not masked. */
  identityDocument: IdentityDocument | null;
  starLevel: number;
  communityName: string;
  issuer: PrintedIssuer | null;
  /** The issuer's seal, a PNG. */
  seal: Buffer | null;
  year: number;
  /** Shanghai day, YYYY-MM-DD. */
  issuedOn: string;
  certified: Pick<CertifiedService, 'totals' | 'firstServiceDay' | 'lastServiceDay' | 'byMonth' | 'recordedBy' | 'verifiedBy'>;
  /** Training, commendations and evaluations, when asked for; null leaves them off. */
  record: VolunteerRecord | null;
}

const COMMENDATION_LEVEL_NAMES = { community: '社区级 community', street: '街道级 street', district: '区级 district', city: '市级 city' } as const;
const RATING_NAMES = { excellent: '优秀 excellent', good: '良好 good', pass: '合格 pass', fail: '不合格 fail' } as const;

const TITLE = { zh: '志愿服务记录证明', en: 'Volunteer Service Record Certificate' };
const BODY = { size: 12 };
const ENGLISH = { size: 10, color: GREY };
const HEADING = { size: 13 };
const TABLE = { size: 10 };
const TABLE_HEAD = { size: 9, color: GREY };
const NOT_SET = '（未设置 not set）';

/** Columns of the per-activity table; the per-category and per-month tables use the first and last two. */
const ACTIVITY_COLUMN = { x: CONTENT_LEFT, width: 190 };
const CATEGORY_COLUMN = { x: CONTENT_LEFT + 196, width: 120 };
const RECORDS_COLUMN = { x: CONTENT_LEFT + 318, width: 62, align: 'right' as const };
const DURATION_COLUMN = { x: CONTENT_LEFT + 384, width: 99, align: 'right' as const };
const QR_SIZE = 96;
const SEAL_SIZE = 110;

/**
 * The certificate as an A4 PDF, Chinese first, with the font subset embedded
 * so it reads the same everywhere. It carries what 民发〔2015〕149号 lists: the
 * volunteer's identity document, the issuing organisation, its responsible
 * person and handling officer with a contact phone, a certificate number,
 * the date and the seal; and the star level, the service dates, the service
 * by month, activity and category, who recorded and verified it, and a QR
 * code of the public check page.
 */
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
  layout.centred(`证明编号 Certificate No. ${content.certificateNumber}`, { size: 11 });
  layout.space(14);
  introduction(layout, content);
  layout.space(12);
  const { totals } = content.certified;
  if (totals.records === 0) {
    layout.paragraph('本年度无经认证的志愿服务记录。', BODY);
    layout.paragraph('No verified volunteer service in this year.', ENGLISH);
  } else {
    byMonth(layout, content.certified);
    layout.space(14);
    byActivity(layout, totals);
    layout.space(14);
    byCategory(layout, totals);
    layout.space(10);
    signatories(layout, content.certified);
  }
  if (content.record) recordEntries(layout, content.record);
  layout.space(20);
  await issue(layout, doc, content);
  layout.footers((page, pages) => `时积 Shiji · ${TITLE.zh} ${content.certificateNumber} · 验证码 ${content.code} · 第 ${page} / ${pages} 页 Page ${page} of ${pages}`, { size: 8 });
  return doc.save();
}

function introduction(layout: PdfLayout, { volunteerName, volunteerNumber, identityDocument, year, starLevel, certified }: CertificateContent): void {
  const total = serviceDuration(certified.totals.totalMinutes);
  const document = identityDocument ? IDENTITY_DOCUMENT_NAMES[identityDocument.type] : null;
  layout.paragraph(`志愿者 Volunteer：${volunteerName}    志愿者编号 No.：${volunteerNumber}`, BODY);
  layout.paragraph(
    document && identityDocument ? `证件 ID document：${document.zh} ${document.en}  ${identityDocument.number}` : `证件 ID document：${NOT_SET}`,
    BODY,
  );
  layout.paragraph(`星级 Star level：${starLevel > 0 ? '★'.repeat(starLevel) : '未评星 none'}`, BODY);
  const dates = certified.firstServiceDay && certified.lastServiceDay ? `${certified.firstServiceDay} 至 ${certified.lastServiceDay}` : '—';
  layout.paragraph(`服务日期 Service dates：${dates}`, BODY);
  layout.space(6);
  layout.paragraph(
    `兹证明 ${volunteerName} 在 ${year} 年度参加志愿服务，经认证的服务时长共计 ${total.zh}，服务记录 ${certified.totals.records} 条，明细如下。`,
    BODY,
  );
  layout.space(4);
  layout.paragraph(
    `This certifies that ${volunteerName} gave ${total.en} of verified volunteer service in ${year}, in ${certified.totals.records} service records, as detailed below.`,
    ENGLISH,
  );
}

function byMonth(layout: PdfLayout, certified: CertificateContent['certified']): void {
  const header = () => {
    layout.row([{ text: '月份 Month', ...ACTIVITY_COLUMN }, { text: '记录 Records', ...RECORDS_COLUMN }, { text: '时长 Duration', ...DURATION_COLUMN }], TABLE_HEAD);
    layout.rule();
  };
  section(layout, '一、按时段 By period', header);
  for (const month of certified.byMonth) {
    const [year, number] = month.month.split('-');
    layout.row([{ text: `${year} 年 ${Number(number)} 月（${month.month}）`, ...ACTIVITY_COLUMN }, ...amounts(month.records, month.minutes)], TABLE, header);
  }
  total(layout, certified.totals, header);
}

function byActivity(layout: PdfLayout, totals: CertifiedTotals): void {
  const header = () => {
    layout.row([{ text: '活动 Activity', ...ACTIVITY_COLUMN }, { text: '类别 Category', ...CATEGORY_COLUMN }, { text: '记录 Records', ...RECORDS_COLUMN }, { text: '时长 Duration', ...DURATION_COLUMN }], TABLE_HEAD);
    layout.rule();
  };
  section(layout, '二、按活动 By activity', header);
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
  section(layout, '三、按类别 By category', header);
  for (const category of totals.byCategory) {
    const name = SERVICE_CATEGORY_NAMES[category.category];
    layout.row([{ text: `${name.zh} ${name.en}`, ...ACTIVITY_COLUMN }, ...amounts(category.records, category.minutes)], TABLE, header);
  }
  total(layout, totals, header);
}

/** 谁记录谁证明: the certificate names whoever recorded and whoever verified the records it counts. */
function signatories(layout: PdfLayout, { recordedBy, verifiedBy }: CertificateContent['certified']): void {
  layout.paragraph(`记录人 Recorded by：${recordedBy.length > 0 ? recordedBy.join('、') : '—'}`, TABLE);
  layout.paragraph(`认证人 Verified by：${verifiedBy.length > 0 ? verifiedBy.join('、') : '—'}`, TABLE);
}

function recordEntries(layout: PdfLayout, record: VolunteerRecord): void {
  layout.space(14);
  layout.ensure(HEADING.size * 1.5 + 4 * TABLE.size * 1.5);
  layout.paragraph('四、培训、表彰与评价 Training, commendations and evaluations', HEADING);
  layout.space(4);
  const none = record.trainings.length + record.commendations.length + record.evaluations.length === 0;
  if (none) layout.paragraph('无 None', TABLE);
  for (const training of record.trainings) {
    layout.paragraph(`培训 Training：${training.date} ${training.course}（${serviceDuration(training.minutes).zh}，培训人 ${training.trainer}）`, TABLE);
  }
  for (const commendation of record.commendations) {
    layout.paragraph(`表彰 Commendation：${commendation.date} ${commendation.title}（${COMMENDATION_LEVEL_NAMES[commendation.level]}）`, TABLE);
  }
  for (const evaluation of record.evaluations) {
    layout.paragraph(`年度评价 Evaluation ${evaluation.year}：${RATING_NAMES[evaluation.rating]}。${evaluation.comment}`, TABLE);
  }
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

async function issue(layout: PdfLayout, doc: PDFDocument, content: CertificateContent): Promise<void> {
  const { communityName, issuedOn, code, issuer, seal, checkUrl } = content;
  const [year, month, day] = issuedOn.split('-');
  // The closing block stays together: who issued it, when, the seal, and how to check it.
  layout.ensure(260);
  if (seal) {
    // The seal is stamped over the issuer's lines, as on paper.
    layout.image(await doc.embedPng(seal), { x: CONTENT_RIGHT - SEAL_SIZE - 20, width: SEAL_SIZE, height: SEAL_SIZE, advance: false, opacity: 0.85 });
  }
  layout.paragraph(`出具单位 Issuing organisation：${issuer?.organisationName ?? communityName}`, BODY);
  layout.paragraph(`负责人 Responsible person：${issuer?.responsiblePerson ?? NOT_SET}`, BODY);
  layout.paragraph(`经办人 Handling officer：${issuer?.handlingOfficer ?? NOT_SET}`, BODY);
  layout.paragraph(`联系电话 Contact phone：${issuer?.contactPhone ?? NOT_SET}`, BODY);
  layout.paragraph(`出具日期 Date of issue：${year} 年 ${Number(month)} 月 ${Number(day)} 日（${issuedOn}）`, BODY);
  layout.paragraph(`（盖章 Seal）${seal ? '' : NOT_SET}`, BODY);
  layout.space(10);
  const qr = qrCodePath(checkUrl);
  layout.shape(qr.path, { x: CONTENT_LEFT, size: QR_SIZE, units: qr.size, advance: false });
  const beside = CONTENT_LEFT + QR_SIZE + 12;
  layout.paragraph(`验证码 Verification code：${code}`, { size: 13 }, beside - CONTENT_LEFT);
  layout.space(4);
  layout.paragraph('扫码或凭验证码可随时查验本证明与服务记录是否一致（无需登录）：', ENGLISH, beside - CONTENT_LEFT);
  layout.paragraph('Scan the code, or check it by its code, against the records, without logging in:', ENGLISH, beside - CONTENT_LEFT);
  layout.paragraph(checkUrl, ENGLISH, beside - CONTENT_LEFT);
  layout.space(QR_SIZE / 2);
}
