import { randomUUID } from 'node:crypto';
import { VerificationsService } from '../../apps/api/src/features/audit/verifications.service';
import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const A = 'ft-a';
const B = 'ft-b';

/** Volunteers registered before units existed, their unit typed as free text. */
const LEGACY: ReadonlyArray<{ communityId: string; unitId: string | null }> = [
  { communityId: A, unitId: 'city-hospital' },
  { communityId: A, unitId: 'city-hospital' },
  { communityId: B, unitId: 'city-hospital' },
  { communityId: A, unitId: 'city-hospital' },
  { communityId: B, unitId: '市实验学校' },
  { communityId: B, unitId: '市实验学校' },
  { communityId: A, unitId: 'registered-unit' },
  { communityId: A, unitId: null },
];

describe('free-text unit ids migrate into units', () => {
  let api: TestApi;
  const ids: string[] = [];
  const admin = () => api.as('admin');

  beforeAll(async () => {
    api = await startTestApi({ env: { MONTHLY_CLOSING: 'false' } });
    await admin().post('/v1/communities').send({ communityId: A, name: '甲社区' }).expect(201);
    await admin().post('/v1/communities').send({ communityId: B, name: '乙社区' }).expect(201);
    await admin().post('/v1/units').send({ unitId: 'registered-unit', communityId: A, name: '已登记单位', kind: 'government' }).expect(201);
    for (const [index, { communityId, unitId }] of LEGACY.entries()) {
      const volunteerId = randomUUID();
      ids.push(volunteerId);
      const data = { volunteerId, communityId, personal: { name: `老志愿者${index}`, phone: uniquePhone() }, partyMember: false, unitId };
      const metadata = { occurredAt: new Date().toISOString(), actor: { id: 'admin-legacy', role: 'admin' }, communityId, commandId: volunteerId, correlationId: volunteerId, causationId: volunteerId };
      await api.store.appendToStream(`volunteer-${volunteerId}`, [{ eventId: randomUUID(), type: 'VolunteerRegistered', version: 1, data, metadata }], { expectedRevision: 'no_stream' });
    }
    await api.waitForProjections();
  }, 60_000);

  afterAll(() => api.close());

  it('registers each distinct value as a unit, in the community most of its volunteers live in, and reports them', async () => {
    const migrated = await admin().post('/v1/units/free-text-migration').expect(200);
    expect(migrated.body).toMatchObject({
      units: [
        { unitId: 'city-hospital', communityId: A, volunteers: 4 },
        { unitId: '市实验学校', communityId: B, volunteers: 2 },
      ],
      unresolved: 0,
    });
    const unit = await admin().get(`/v1/units/${encodeURIComponent('市实验学校')}`).set('X-Min-Position', String(migrated.body.position)).expect(200);
    expect(unit.body).toMatchObject({ unitId: '市实验学校', name: '市实验学校', communityId: B, kind: 'other', fromFreeText: true, members: 2, liaison: null });
  });

  it('leaves every volunteer\'s unit resolving, nothing lost', async () => {
    const at = String(await api.headPosition());
    for (const [index, volunteerId] of ids.entries()) {
      const profile = await admin().get(`/v1/volunteers/${volunteerId}`).set('X-Min-Position', at).expect(200);
      expect(profile.body.unitId).toBe(LEGACY[index].unitId);
      if (profile.body.unitId !== null) await admin().get(`/v1/units/${encodeURIComponent(profile.body.unitId)}`).expect(200);
    }
  });

  it('registers nothing the second time', async () => {
    const head = await api.headPosition();
    expect((await admin().post('/v1/units/free-text-migration').expect(200)).body).toEqual({ units: [], unresolved: 0, position: null });
    expect(await api.headPosition()).toBe(head);
  });

  it('replays the log into the same views', async () => {
    await api.waitForProjections();
    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    await api.app.app.get(VerificationsService).settled();
    expect((await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body.status).toBe('equal');
  });
});
