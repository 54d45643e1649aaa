import { SERVICE_CATEGORIES } from '@shiji/domain';
import { PDFDocument } from 'pdf-lib';
import { renderCertificatePdf, type CertificateContent } from './certificate-pdf';
import type { ActivityTotal } from './certified-service';

const nothingCertified: CertificateContent['certified'] = {
  totals: { totalMinutes: 0, records: 0, byActivity: [], byCategory: [] },
  firstServiceDay: null,
  lastServiceDay: null,
  byMonth: [],
  recordedBy: [],
  verifiedBy: [],
};

const content: CertificateContent = {
  code: '7K2Q-M9XD-4TBN-QH3V',
  certificateNumber: '2025-000001',
  checkUrl: 'https://shiji.example.org/check/7K2Q-M9XD-4TBN-QH3V',
  volunteerId: 'volunteer-1',
  volunteerNumber: 'TMD-000001',
  volunteerName: '张三',
  identityDocument: null,
  starLevel: 0,
  communityName: '北下街社区',
  issuer: null,
  seal: null,
  year: 2025,
  issuedOn: '2026-01-05',
  certified: nothingCertified,
  record: null,
};

describe('certificate PDF', () => {
  it('states a year without verified service on one page', async () => {
    const doc = await PDFDocument.load(await renderCertificatePdf(content));
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('志愿服务记录证明 2025 · 张三');
  });

  it('runs onto further pages when the activities do not fit on one, and stays small', async () => {
    const byActivity: ActivityTotal[] = Array.from({ length: 90 }, (_, i) => ({
      activityId: `a${i}`,
      title: `第${i + 1}次北下街社区重阳节敬老爱老上门探访独居老人并协助打扫卫生`,
      category: SERVICE_CATEGORIES[i % SERVICE_CATEGORIES.length],
      records: 1,
      minutes: 60 + i,
    }));
    const totalMinutes = byActivity.reduce((sum, activity) => sum + activity.minutes, 0);
    const pdf = await renderCertificatePdf({
      ...content,
      certified: {
        ...nothingCertified,
        totals: { totalMinutes, records: 90, byActivity, byCategory: [{ category: 'elderly_care', records: 90, minutes: totalMinutes }] },
        byMonth: [{ month: '2025-10', records: 90, minutes: totalMinutes }],
      },
    });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(3);
    expect(pdf.byteLength).toBeLessThan(100_000);
  });
});
