import { PDFDocument } from 'pdf-lib';
import { startTestApi, type TestApi } from '../support/api';
import { binary, embeddedFonts, hasPoppler, renderWithPoppler } from '../support/pdf';

const CODE = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/;

describe('service-record certificate (志愿服务记录证明)', () => {
  let api: TestApi;
  const communityId = 'beixiajie';
  let volunteerId: string;
  let otherVolunteerId: string;
  let adHocRecordId: string;
  let position: number;

  beforeAll(async () => {
    api = await startTestApi();
    const staff = () => api.as('staff', [communityId]);
    await api.as('admin').post('/v1/communities').send({ communityId, name: '北下街社区' }).expect(201);
    volunteerId = (await staff().post('/v1/volunteers').send({ name: '张三', phone: '13812345678', communityId, partyMember: true }).expect(201)).body.volunteerId;
    otherVolunteerId = (await staff().post('/v1/volunteers').send({ name: '李四', phone: '13812345679', communityId, partyMember: false }).expect(201)).body.volunteerId;
    const activity = await staff()
      .post('/v1/activities')
      .send({ title: '重阳节敬老探访', category: 'elderly_care', communityId, startsAt: '2025-10-29T01:00:00Z', endsAt: '2025-10-29T09:00:00Z', place: '北下街社区服务站' })
      .expect(201);
    const { activityId } = activity.body;
    await staff().post(`/v1/activities/${activityId}/signups`).send({ volunteerId }).expect(201);
    const record = (body: Record<string, unknown>) => staff().post('/v1/service-records').send({ volunteerId, verify: true, ...body }).expect(201);
    await record({ activityId, startedAt: '2025-10-29T01:00:00Z', minutes: 150 });
    adHocRecordId = (await record({ category: 'tutoring', description: '辅导作业', startedAt: '2025-03-01T10:00:00Z', minutes: 45 })).body.recordId;
    // Not certified: unverified, or served in another Shanghai year (2025-12-31T16:00Z is already 2026 there).
    await record({ category: 'culture', startedAt: '2025-05-01T10:00:00Z', minutes: 30, verify: false });
    const last = await record({ category: 'environment', startedAt: '2025-12-31T16:00:00Z', minutes: 60 });
    position = last.body.position;
  });

  afterAll(() => api.close());

  function certificate(year = 2025) {
    return api.as('staff', [communityId]).get(`/v1/volunteers/${volunteerId}/certificate?year=${year}`).set('X-Min-Position', String(position)).buffer(true).parse(binary);
  }

  it('is an A4 PDF with the CJK font embedded as a subset, and its code in X-Certificate-Code', async () => {
    const response = await certificate().expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['x-certificate-code']).toMatch(CODE);
    const pdf = response.body as Buffer;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1);
    const [width, height] = [doc.getPage(0).getWidth(), doc.getPage(0).getHeight()];
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    const fonts = await embeddedFonts(pdf);
    expect(fonts).toEqual([expect.objectContaining({ fontName: expect.stringContaining('NotoSansSC') })]);
    // The whole face is 10 MB; a subset of the glyphs used is a few dozen kB.
    expect(fonts[0].programBytes).toBeGreaterThan(1_000);
    // Every glyph the certificate uses has its outline (the space has none): Chinese shows as Chinese, not blanks or boxes.
    expect(fonts[0].glyphs).toBeGreaterThan(50);
    expect(fonts[0].blankGlyphs).toBeLessThanOrEqual(1);
    expect(pdf.byteLength).toBeLessThan(200_000);
  });

  // Skipped on a machine without poppler, unless required (CI installs it and requires it).
  const poppler = hasPoppler() || process.env.SHIJI_REQUIRE_POPPLER === '1';
  (poppler ? it : it.skip)('renders with poppler and reads back in Chinese (runs where pdftoppm is installed)', async () => {
    const response = await certificate().expect(200);
    const { png, text } = renderWithPoppler(response.body as Buffer);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const compact = text.replace(/\s+/g, '');
    for (const expected of ['志愿服务记录证明', '张三', '北下街社区', '重阳节敬老探访', '临时服务', '助老服务', '课业辅导', '3小时15分钟', response.headers['x-certificate-code']]) {
      expect(compact).toContain(expected.replace(/\s+/g, ''));
    }
    expect(compact).not.toContain('文化活动');
    expect(compact).not.toContain('环境保护');
  });

  it('is checked by anyone with its code, against the records', async () => {
    const code = (await certificate().expect(200)).headers['x-certificate-code'];
    const check = await api.anonymous().get(`/v1/certificates/${code}`).expect(200);
    expect(check.body).toMatchObject({
      code,
      matches: true,
      volunteerName: '张*',
      communityId,
      communityName: '北下街社区',
      year: 2025,
      totals: {
        totalMinutes: 195,
        records: 2,
        byActivity: [
          { title: '重阳节敬老探访', category: 'elderly_care', records: 1, minutes: 150 },
          { activityId: null, title: null, category: 'tutoring', records: 1, minutes: 45 },
        ],
        byCategory: [
          { category: 'elderly_care', records: 1, minutes: 150 },
          { category: 'tutoring', records: 1, minutes: 45 },
        ],
      },
    });
    expect(JSON.stringify(check.body)).not.toContain('张三');
    const typed = await api.anonymous().get(`/v1/certificates/${code.toLowerCase().replace(/-/g, '')}`).expect(200);
    expect(typed.body.code).toBe(code);
  });

  it('the same records the same day give the same code; another year another', async () => {
    const first = (await certificate().expect(200)).headers['x-certificate-code'];
    expect((await certificate().expect(200)).headers['x-certificate-code']).toBe(first);
    const next = await certificate(2026).expect(200);
    expect(next.headers['x-certificate-code']).not.toBe(first);
    const check = await api.anonymous().get(`/v1/certificates/${next.headers['x-certificate-code']}`).expect(200);
    expect(check.body).toMatchObject({ year: 2026, matches: true, totals: { totalMinutes: 60, records: 1, byCategory: [{ category: 'environment', minutes: 60 }] } });
  });

  it('no longer matches once a correction changes that year’s hours, while a new one does', async () => {
    const code = (await certificate().expect(200)).headers['x-certificate-code'];
    const corrected = await api
      .as('staff', [communityId])
      .post(`/v1/service-records/${adHocRecordId}/corrections`)
      .send({ minutes: 40, reason: '核实后少记五分钟 / five minutes over-counted' })
      .expect(201);
    position = corrected.body.position;
    const stale = await api.anonymous().get(`/v1/certificates/${code}`).set('X-Min-Position', String(position)).expect(200);
    expect(stale.body).toMatchObject({ matches: false, totals: { totalMinutes: 195 } });

    const fresh = (await certificate().expect(200)).headers['x-certificate-code'];
    expect(fresh).not.toBe(code);
    const check = await api.anonymous().get(`/v1/certificates/${fresh}`).expect(200);
    expect(check.body).toMatchObject({ matches: true, totals: { totalMinutes: 190 } });
  });

  it('answers 404 problem+json for a code never issued, or one that cannot be a code', async () => {
    for (const code of ['0000-0000-0000-0000', 'not-a-code']) {
      const response = await api.anonymous().get(`/v1/certificates/${code}`).expect(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toBe('NOT_FOUND');
    }
  });

  it('is for staff, admin, auditors and the volunteer themself only', async () => {
    const path = `/v1/volunteers/${volunteerId}/certificate?year=2025`;
    await api.as('volunteer', [communityId], volunteerId).get(path).buffer(true).parse(binary).expect(200);
    await api.as('auditor').get(path).buffer(true).parse(binary).expect(200);
    await api.as('admin').get(path).buffer(true).parse(binary).expect(200);
    const other = await api.as('volunteer', [communityId], otherVolunteerId).get(path).expect(403);
    expect(other.body.code).toBe('OUT_OF_SCOPE');
    await api.anonymous().get(path).expect(401);
  });

  it('refuses an unknown volunteer and a missing or bad year', async () => {
    expect((await api.as('admin').get('/v1/volunteers/no-such-volunteer/certificate?year=2025').expect(404)).body.code).toBe('NOT_FOUND');
    await api.as('admin').get(`/v1/volunteers/${volunteerId}/certificate`).expect(400);
    await api.as('admin').get(`/v1/volunteers/${volunteerId}/certificate?year=twenty`).expect(400);
  });
});
