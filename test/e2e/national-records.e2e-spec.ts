import jsQR from 'jsqr';
import { openPool } from '@shiji/postgres';
import type { Pool } from 'pg';
import { startTestApi, type TestApi } from '../support/api';
import { tablesHolding } from '../support/tables-holding';
import { binary, hasPoppler, renderWithPoppler } from '../support/pdf';
import { uniquePhone } from '../support/phones';
import { embeddedImages, renderPagesRgba, sealPng } from '../support/png';

/** Made up, with a correct check character (GB 11643-1999). */
const RESIDENT_ID = '11010519491231002X';
const WRONG_CHECKSUM = '110105194912310021';
const ISSUER = { organisationName: '北下街社区居民委员会', responsiblePerson: '王敏', handlingOfficer: '李华', contactPhone: '0371-66661234' };

// CI installs poppler and requires it; a machine without it skips what needs it.
const poppler = hasPoppler() || process.env.SHIJI_REQUIRE_POPPLER === '1';

describe('records and certificates under the national rules (民发〔2015〕149号)', () => {
  let api: TestApi;
  let pool: Pool;
  const communityId = 'bxj';
  let volunteerId: string;
  let phone: string;
  let latest = 0;
  const admin = () => api.as('admin');
  const recorder = () => api.as('staff', [communityId], 'staff-recorder');
  const verifier = () => api.as('staff', [communityId], 'staff-verifier');
  const track = <T extends { body: { position?: unknown } }>(response: T): T => {
    if (typeof response.body.position === 'number') latest = Math.max(latest, response.body.position);
    return response;
  };
  const certificate = (id = volunteerId, year = 2025) =>
    recorder().get(`/v1/volunteers/${id}/certificate?year=${year}`).set('X-Min-Position', String(latest)).buffer(true).parse(binary).expect(200);

  beforeAll(async () => {
    api = await startTestApi();
    pool = openPool({ connectionString: api.app.database.url, max: 2 });
    await admin().post('/v1/communities').send({ communityId, name: '北下街社区' }).expect(201);
    phone = uniquePhone();
    volunteerId = track(await recorder().post('/v1/volunteers').send({ name: '张三', phone, communityId, partyMember: true }).expect(201)).body.volunteerId;
  });

  afterAll(async () => {
    await pool?.end();
    await api?.close();
  });

  describe('the identity document', () => {
    it('refuses a resident ID whose check character is wrong with 400 INVALID_RESIDENT_ID_CHECKSUM, appending nothing and naming no number', async () => {
      const head = await api.headPosition();
      const refused = await recorder().put(`/v1/volunteers/${volunteerId}/identity-document`).send({ type: 'resident_id', number: WRONG_CHECKSUM }).expect(400);
      expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(refused.body.code).toBe('INVALID_RESIDENT_ID_CHECKSUM');
      expect(refused.body.title).toMatch(/^居民身份证号码校验位错误/);
      expect(refused.text).not.toContain(WRONG_CHECKSUM);
      expect((await recorder().put(`/v1/volunteers/${volunteerId}/identity-document`).send({ type: 'passport', number: '#' }).expect(400)).body.code).toBe('INVALID_IDENTITY_DOCUMENT');
      expect(await api.headPosition()).toBe(head);
    });

    it('is recorded sealed and shown masked to its last four characters', async () => {
      const recorded = track(await recorder().put(`/v1/volunteers/${volunteerId}/identity-document`).send({ type: 'resident_id', number: RESIDENT_ID.toLowerCase() }).expect(200));
      expect(recorded.body).toMatchObject({ volunteerId, type: 'resident_id', number: '**************002X' });
      for (const agent of [recorder(), admin(), api.as('auditor'), api.as('volunteer', [communityId], volunteerId)]) {
        const profile = await agent.get(`/v1/volunteers/${volunteerId}`).set('X-Min-Position', String(latest)).expect(200);
        expect(profile.body.identityDocument).toEqual({ type: 'resident_id', number: '**************002X' });
      }
      const list = await recorder().get(`/v1/volunteers?communityId=${communityId}`).expect(200);
      expect(list.body.items[0].identityDocument).toEqual({ type: 'resident_id', number: '**************002X' });
      expect(await tablesHolding(pool, RESIDENT_ID)).toEqual([]);
      expect(await tablesHolding(pool, '1949123')).toEqual([]);
    });
  });

  describe('the issuer and its seal', () => {
    let sealSha256: string;

    it('takes a PNG seal once, by its hash, and refuses what is not one', async () => {
      const png = sealPng();
      const upload = () => admin().post('/v1/seals').set('Content-Type', 'image/png').send(png);
      const first = await upload().expect(201);
      expect(first.body).toEqual({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/), width: 120, height: 120, bytes: png.length });
      expect(first.headers.location).toBe(`/v1/seals/${first.body.sha256}`);
      expect((await upload().expect(201)).body.sha256).toBe(first.body.sha256);
      expect((await pool.query('SELECT count(*)::int AS n FROM seal_images')).rows[0].n).toBe(1);
      sealSha256 = first.body.sha256;

      const notPng = await admin().post('/v1/seals').set('Content-Type', 'image/png').send(Buffer.from('GIF89a not a png at all, not at all')).expect(400);
      expect(notPng.body.code).toBe('INVALID_SEAL_IMAGE');
      expect((await admin().post('/v1/seals').set('Content-Type', 'image/png').send(sealPng(8)).expect(400)).body.code).toBe('INVALID_SEAL_IMAGE');
      expect((await admin().post('/v1/seals').set('Content-Type', 'image/png').send(Buffer.alloc(600 * 1024)).expect(413)).body.code).toBe('PAYLOAD_TOO_LARGE');
      expect((await admin().post('/v1/seals').set('Content-Type', 'image/jpeg').send(Buffer.from('jpeg')).expect(415)).body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      await recorder().post('/v1/seals').set('Content-Type', 'image/png').send(png).expect(403);
      const read = await admin().get(`/v1/seals/${sealSha256}`).buffer(true).parse(binary).expect(200);
      expect(Buffer.compare(read.body as Buffer, png)).toBe(0);
    });

    it('is set per community by an admin, naming a seal that was uploaded', async () => {
      const unknown = await admin().put(`/v1/communities/${communityId}/issuer`).send({ ...ISSUER, sealSha256: 'f'.repeat(64) }).expect(404);
      expect(unknown.body.code).toBe('SEAL_NOT_FOUND');
      await recorder().put(`/v1/communities/${communityId}/issuer`).send({ ...ISSUER, sealSha256 }).expect(403);
      track(await admin().put(`/v1/communities/${communityId}/issuer`).send({ ...ISSUER, sealSha256 }).expect(200));
      const community = await recorder().get(`/v1/communities/${communityId}`).set('X-Min-Position', String(latest)).expect(200);
      expect(community.body.issuer).toEqual({ ...ISSUER, sealSha256 });
    });
  });

  describe('four eyes (谁记录谁证明)', () => {
    it('with requireSeparateVerifier on, refuses the recorder as verifier and lets a second staff member verify', async () => {
      track(await admin().put('/v1/policy/separate-verifier').send({ requireSeparateVerifier: true }).expect(200));
      expect((await admin().get('/v1/policy').set('X-Min-Position', String(latest)).expect(200)).body.requireSeparateVerifier).toBe(true);

      const service = { volunteerId, category: 'elderly_care', description: '陪伴独居老人', startedAt: '2025-03-08T01:00:00Z', minutes: 120 };
      const inOneStep = await recorder().post('/v1/service-records').send({ ...service, verify: true }).expect(403);
      expect(inOneStep.body.code).toBe('SEPARATE_VERIFIER_REQUIRED');
      const { recordId } = track(await recorder().post('/v1/service-records').send(service).expect(201)).body;
      const own = await recorder().post(`/v1/service-records/${recordId}/verify`).expect(403);
      expect(own.body).toMatchObject({ code: 'SEPARATE_VERIFIER_REQUIRED', title: expect.stringMatching(/^本街道要求记录人与认证人分离/) });
      track(await verifier().post(`/v1/service-records/${recordId}/verify`).expect(200));
      const record = await verifier().get(`/v1/service-records/${recordId}`).set('X-Min-Position', String(latest)).expect(200);
      expect(record.body).toMatchObject({ verified: true, recordedBy: 'staff-recorder', verifiedBy: 'staff-verifier' });

      const second = track(await recorder().post('/v1/service-records').send({ ...service, category: 'tutoring', startedAt: '2025-06-01T01:00:00Z', minutes: 45 }).expect(201));
      track(await verifier().post(`/v1/service-records/${second.body.recordId}/verify`).expect(200));
    });
  });

  describe('training, commendation and evaluation (培训、表彰、评价)', () => {
    const training = { course: '急救知识培训', minutes: 120, date: '2025-04-12', trainer: '市红十字会 王老师' };
    const commendation = { title: '优秀志愿者', level: 'street', date: '2025-12-20' };
    const evaluation = { year: 2025, rating: 'excellent', comment: '全年坚持助老服务，认真负责。' };

    it('appear in the volunteer\'s record, in its history as of any moment, and in the NDJSON export', async () => {
      const before = await api.headPosition();
      const path = `/v1/volunteers/${volunteerId}`;
      track(await recorder().post(`${path}/trainings`).send(training).expect(201));
      const commended = track(await recorder().post(`${path}/commendations`).send(commendation).expect(201));
      track(await verifier().post(`${path}/evaluations`).send(evaluation).expect(201));
      expect((await recorder().post(`${path}/commendations`).send({ ...commendation, date: '2025-02-30' }).expect(422)).body.code).toBe('INVALID_RECORD_DATE');
      await recorder().post(`${path}/evaluations`).send({ ...evaluation, rating: 'superb' }).expect(400);
      await api.as('volunteer', [communityId], volunteerId).post(`${path}/trainings`).send(training).expect(403);

      const record = await api.as('volunteer', [communityId], volunteerId).get(`${path}/record`).set('X-Min-Position', String(latest)).expect(200);
      expect(record.body).toEqual({ trainings: [training], commendations: [commendation], evaluations: [{ ...evaluation, evaluatedBy: 'staff-verifier' }] });

      const asOf = (position: number) => api.as('auditor').get(`/v1/audit/volunteers/${volunteerId}/account?asOf=${position}`).expect(200);
      expect((await asOf(before)).body.record).toEqual({ trainings: [], commendations: [], evaluations: [] });
      expect((await asOf(commended.body.position)).body.record).toEqual({ trainings: [training], commendations: [commendation], evaluations: [] });
      expect((await asOf(latest)).body.record.evaluations).toEqual([{ ...evaluation, evaluatedBy: 'staff-verifier' }]);

      const exported = await api.as('auditor').get(`/v1/audit/events?volunteerId=${volunteerId}`).set('Accept', 'application/x-ndjson').buffer(true).expect(200);
      const lines = exported.text.trim().split('\n').map((line) => JSON.parse(line) as { type: string; data: Record<string, unknown> });
      expect(lines.find((line) => line.type === 'TrainingAttended')?.data).toMatchObject(training);
      expect(lines.find((line) => line.type === 'CommendationReceived')?.data).toMatchObject(commendation);
      expect(lines.find((line) => line.type === 'VolunteerEvaluated')?.data).toMatchObject(evaluation);
    });

    (poppler ? it : it.skip)('are on the certificate when asked for, and only then', async () => {
      const plain = renderWithPoppler((await certificate()).body as Buffer).text.replace(/\s+/g, '');
      expect(plain).not.toContain('急救知识培训');
      const asked = await recorder().get(`/v1/volunteers/${volunteerId}/certificate?year=2025&include=record`).set('X-Min-Position', String(latest)).buffer(true).parse(binary).expect(200);
      const text = renderWithPoppler(asked.body as Buffer).text.replace(/\s+/g, '');
      for (const expected of ['培训、表彰与评价', '急救知识培训', '2小时', '市红十字会王老师', '优秀志愿者', '街道级', '年度评价', '优秀', '全年坚持助老服务']) expect(text).toContain(expected);
    });
  });

  describe('the certificate', () => {
    (poppler ? it : it.skip)('renders every 149号 field, the seal and a QR code of the public check page', async () => {
      const response = await certificate();
      const code = response.headers['x-certificate-code'];
      const number = response.headers['x-certificate-number'];
      expect(number).toBe('2025-000001');
      const pdf = response.body as Buffer;
      const compact = renderWithPoppler(pdf).text.replace(/\s+/g, '');
      for (const expected of [
        '志愿服务记录证明', '张三', '居民身份证', RESIDENT_ID, // the identity document in full, here only
        '出具单位', ISSUER.organisationName, '负责人', ISSUER.responsiblePerson, '经办人', ISSUER.handlingOfficer, '联系电话', ISSUER.contactPhone,
        '证明编号', number, '出具日期', '盖章', code,
        '星级', '服务日期', '2025-03-08至2025-06-01', '按时段', '2025年3月', '2025年6月', '按活动', '按类别', '助老服务', '课业辅导', '2小时45分钟',
        '记录人', 'staff-recorder', '认证人', 'staff-verifier',
      ]) {
        expect(compact).toContain(expected.replace(/\s+/g, ''));
      }
      // The seal (120 × 120) is the one embedded image; the QR code is drawn as outlines, and reads back from the rendered page.
      expect(embeddedImages(pdf)).toEqual([{ width: 120, height: 120 }]);
      const decoded = renderPagesRgba(pdf, 100).flatMap((page) => jsQR(page.data, page.width, page.height, { inversionAttempts: 'dontInvert' })?.data ?? []);
      expect(decoded).toEqual([expect.stringMatching(new RegExp(`^https?://[^/]+/check/${code}$`))]);
      expect(compact).toContain(decoded[0]);
    });

    it('is an event in its year\'s register that an auditor lists; numbers follow one another, even issued at once', async () => {
      const other = track(await recorder().post('/v1/volunteers').send({ name: '李四', phone: uniquePhone(), communityId, partyMember: false }).expect(201)).body.volunteerId;
      const third = track(await recorder().post('/v1/volunteers').send({ name: '王五', phone: uniquePhone(), communityId, partyMember: false }).expect(201)).body.volunteerId;
      const first = (await certificate()).headers['x-certificate-number'];
      const [a, b] = await Promise.all([certificate(other), certificate(third)]);
      const numbers = [first, a.headers['x-certificate-number'], b.headers['x-certificate-number']];
      expect(new Set(numbers).size).toBe(3);
      expect([...numbers].sort()).toEqual(['2025-000001', '2025-000002', '2025-000003']);
      // The same records the same day keep their code and number.
      expect((await certificate()).headers['x-certificate-number']).toBe(first);

      const listed = await api.as('auditor').get('/v1/audit/events?type=CertificateIssued').expect(200);
      expect(listed.body.items).toHaveLength(3);
      expect(listed.body.items[0]).toMatchObject({
        streamId: 'certificates-2025',
        data: { certificateNumber: '2025-000001', volunteerId, communityId, year: 2025, firstServiceDay: '2025-03-08', lastServiceDay: '2025-06-01', totalMinutes: 165, handlingOfficer: ISSUER.handlingOfficer, recordIds: expect.any(Array) },
        metadata: { actor: { id: 'staff-recorder' } },
      });
      expect(listed.body.items[0].data.recordIds).toHaveLength(2);
    });

    it('is checked by anyone: number, issuer, period and hours, never the ID number or a phone', async () => {
      const code = (await certificate()).headers['x-certificate-code'];
      const check = await api.anonymous().get(`/v1/certificates/${code}`).expect(200);
      expect(check.body).toMatchObject({
        code,
        matches: true,
        certificateNumber: '2025-000001',
        volunteerName: '张*',
        issuer: ISSUER,
        year: 2025,
        firstServiceDay: '2025-03-08',
        lastServiceDay: '2025-06-01',
        totals: { totalMinutes: 165, records: 2 },
      });
      for (const secret of [RESIDENT_ID, '002X', phone, '张三']) expect(check.text).not.toContain(secret);
    });
  });

  describe('erasure', () => {
    it('leaves the stored identity document unreadable, and verify stays green', async () => {
      track(await admin().post(`/v1/volunteers/${volunteerId}/erasure`).expect(201));
      const profile = await recorder().get(`/v1/volunteers/${volunteerId}`).set('X-Min-Position', String(latest)).expect(200);
      expect(profile.body).toMatchObject({ erased: true, identityDocument: null });
      expect(profile.text).not.toContain('002X');
      expect(await tablesHolding(pool, RESIDENT_ID)).toEqual([]);
      // The certificate now names no document: the key that opened it is gone.
      if (poppler) expect(renderWithPoppler((await certificate()).body as Buffer).text).not.toContain(RESIDENT_ID);

      const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
      let verification = started.body;
      for (let attempt = 0; verification.status === 'running' && attempt < 300; attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        verification = (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body;
      }
      expect(verification.status).toBe('equal');
    });
  });
});
