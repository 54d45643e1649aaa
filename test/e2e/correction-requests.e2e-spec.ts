import { correctionRequestDecider, correctionRequestStream } from '@shiji/domain';
import { CommandContext } from '../../apps/api/src/write-side/command-context';
import { EventSourcedRepository } from '../../apps/api/src/write-side/event-sourced-repository';
import { startTestApi, type TestApi } from '../support/api';
import { binary } from '../support/pdf';
import { uniquePhone } from '../support/phones';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('correction requests (异议)', () => {
  let api: TestApi;
  const communityId = 'ccr';
  let volunteerId: string;
  let otherVolunteerId: string;
  let recordId: string;
  let latest = 0;
  const staff = () => api.as('staff', [communityId], 'staff-ccr');
  const volunteer = () => api.as('volunteer', [communityId], volunteerId);
  const track = <T extends { body: { position?: unknown } }>(response: T): T => {
    if (typeof response.body.position === 'number') latest = Math.max(latest, response.body.position);
    return response;
  };
  const certificateCode = async () =>
    (await staff().get(`/v1/volunteers/${volunteerId}/certificate?year=2025`).set('X-Min-Position', String(latest)).buffer(true).parse(binary).expect(200)).headers['x-certificate-code'] as string;
  const requestsOf = async (id = volunteerId, query = '') => (await volunteer().get(`/v1/volunteers/${id}/correction-requests${query}`).set('X-Min-Position', String(latest)).expect(200)).body;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '春晖社区' }).expect(201);
    volunteerId = track(await staff().post('/v1/volunteers').send({ name: '赵六', phone: uniquePhone(), communityId, partyMember: false }).expect(201)).body.volunteerId;
    otherVolunteerId = track(await staff().post('/v1/volunteers').send({ name: '钱七', phone: uniquePhone(), communityId, partyMember: false }).expect(201)).body.volunteerId;
    const service = { volunteerId, category: 'elderly_care', description: '助浴', startedAt: '2025-03-01T01:00:00Z', minutes: 60, verify: true };
    recordId = track(await staff().post('/v1/service-records').send(service).expect(201)).body.recordId;
  });

  afterAll(async () => {
    await api?.close();
  });

  it('accepted: the corrected record is named by the request, a reissued certificate shows the corrected hours, the old one no longer matches', async () => {
    const oldCode = await certificateCode();
    const filed = track(await volunteer().post(`/v1/volunteers/${volunteerId}/correction-requests`).send({ recordId, reason: '助浴实为两小时，记录为一小时' }).expect(201));
    const { requestId } = filed.body;
    expect(filed.body).toMatchObject({ requestId: expect.any(String), volunteerId });

    const correction = track(await staff().post(`/v1/service-records/${recordId}/corrections`).send({ minutes: 120, reason: `异议 ${requestId}：核实为两小时` }).expect(201));
    expect(correction.body.position).toEqual(expect.any(Number));
    const accepted = track(await staff().post(`/v1/volunteers/${volunteerId}/correction-requests/${requestId}/acceptance`).send({ correctionRecordId: recordId }).expect(200));
    expect(accepted.body).toMatchObject({ requestId, status: 'accepted', correctionRecordId: recordId });

    const again = await staff().post(`/v1/volunteers/${volunteerId}/correction-requests/${requestId}/rejection`).send({ reason: '重复答复' }).expect(409);
    expect(again.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(again.body).toMatchObject({ code: 'CORRECTION_REQUEST_ALREADY_ANSWERED', title: expect.stringMatching(/^该异议已答复.*\/ The correction request was already answered/) });

    const [request] = (await requestsOf()).items;
    expect(request).toMatchObject({ requestId, recordId, status: 'accepted', correctionRecordId: recordId, rejectionReason: null, answeredBy: 'staff-ccr', overdue: false });

    const newCode = await certificateCode();
    expect(newCode).not.toBe(oldCode);
    expect((await api.anonymous().get(`/v1/certificates/${newCode}`).set('X-Min-Position', String(latest)).expect(200)).body).toMatchObject({ matches: true, totals: { totalMinutes: 120 } });
    expect((await api.anonymous().get(`/v1/certificates/${oldCode}`).set('X-Min-Position', String(latest)).expect(200)).body).toMatchObject({ matches: false, totals: { totalMinutes: 60 } });
  });

  it('rejected: the record stays as it was and the volunteer reads the reason', async () => {
    const { requestId } = track(await staff().post(`/v1/volunteers/${volunteerId}/correction-requests`).send({ reason: '3月8日的探访漏记了' }).expect(201)).body;
    const rejected = track(await staff().post(`/v1/volunteers/${volunteerId}/correction-requests/${requestId}/rejection`).send({ reason: '签到表上没有3月8日的探访' }).expect(200));
    expect(rejected.body).toMatchObject({ requestId, status: 'rejected', correctionRecordId: null });
    const request = (await requestsOf()).items.find((item: { requestId: string }) => item.requestId === requestId);
    expect(request).toMatchObject({ recordId: null, status: 'rejected', rejectionReason: '签到表上没有3月8日的探访', correctionRecordId: null, filedBy: 'staff-ccr' });
    const record = await staff().get(`/v1/service-records/${recordId}`).set('X-Min-Position', String(latest)).expect(200);
    expect(record.body.minutes).toBe(120);
  });

  it('refuses a volunteer objecting for someone else (403), and a correction that is not the volunteer\'s record (422), appending nothing', async () => {
    const head = await api.headPosition();
    const forOther = await volunteer().post(`/v1/volunteers/${otherVolunteerId}/correction-requests`).send({ recordId, reason: '替别人提' }).expect(403);
    expect(forOther.body.code).toBe('OUT_OF_SCOPE');
    const wrongRecord = await volunteer().post(`/v1/volunteers/${volunteerId}/correction-requests`).send({ recordId: 'no-such-record', reason: '不存在的记录' }).expect(422);
    expect(wrongRecord.body).toMatchObject({ code: 'CORRECTION_RECORD_NOT_THE_VOLUNTEERS', title: expect.stringMatching(/^更正记录须是该志愿者的服务记录/) });
    expect(await api.headPosition()).toBe(head);
  });

  it('overdue: a request open past the deadline is listed, in the community list, the volunteer\'s and the community\'s statistics', async () => {
    // Filed twenty days ago: the repository is given a command context whose clock stands then.
    const repository = api.app.app.get(EventSourcedRepository);
    const filedAt = new Date(Date.now() - 20 * DAY_MS);
    const context = CommandContext.create({ actor: { id: otherVolunteerId, role: 'volunteer' }, now: filedAt });
    const requestId = 'overdue-1';
    const command = { type: 'FileCorrectionRequest' as const, requestId, volunteerId: otherVolunteerId, communityId, recordId: null, reason: '4月的服务漏记', filedBy: otherVolunteerId, filedAt: filedAt.toISOString() };
    const { position } = await repository.handle(correctionRequestStream(requestId), correctionRequestDecider, command, context);
    latest = Math.max(latest, position ?? 0);

    const overdue = await staff().get(`/v1/correction-requests?communityId=${communityId}&overdue=true`).set('X-Min-Position', String(latest)).expect(200);
    expect(overdue.body.correctionDeadlineDays).toBe(15);
    expect(overdue.body.items).toEqual([expect.objectContaining({ requestId, status: 'open', overdue: true })]);
    const all = await staff().get(`/v1/correction-requests?communityId=${communityId}`).set('X-Min-Position', String(latest)).expect(200);
    expect(all.body.items).toHaveLength(3);
    const statistics = await staff().get(`/v1/communities/${communityId}/statistics?year=2025`).set('X-Min-Position', String(latest)).expect(200);
    expect(statistics.body).toMatchObject({ openCorrectionRequests: 1, overdueCorrectionRequests: 1 });

    // A longer deadline makes it no longer overdue; the policy route is the admin's.
    await staff().put('/v1/policy/correction-deadline').send({ correctionDeadlineDays: 30 }).expect(403);
    latest = Math.max(latest, track(await api.as('admin').put('/v1/policy/correction-deadline').send({ correctionDeadlineDays: 30 }).expect(200)).body.position);
    expect((await api.as('admin').get('/v1/policy').set('X-Min-Position', String(latest)).expect(200)).body.correctionDeadlineDays).toBe(30);
    const notYet = await api.as('volunteer', [communityId], otherVolunteerId).get(`/v1/volunteers/${otherVolunteerId}/correction-requests?overdue=true`).set('X-Min-Position', String(latest)).expect(200);
    expect(notYet.body).toEqual({ correctionDeadlineDays: 30, items: [] });
  });
});
