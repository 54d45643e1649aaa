import { volunteerNumber } from '@shiji/domain';
import { startTestApi, type TestApi } from '../support/api';
import { binary, hasPoppler, renderWithPoppler } from '../support/pdf';

/**
 * Readable volunteer numbers: registrations at once get distinct, consecutive
 * numbers in their community; the profile, the list and the certificate show
 * the number (the id stays the internal one); a replay gives the same views.
 */
describe('readable volunteer numbers', () => {
  let api: TestApi;
  const communityId = 'numbered';
  const staff = () => api.as('staff', [communityId]);

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '编号社区' }).expect(201);
  });

  afterAll(() => api.close());

  it('gives registrations made at once distinct, consecutive numbers, shown on the profile, the list and the certificate, and a replay agrees', async () => {
    const registered = await Promise.all(
      Array.from({ length: 8 }, (_, index) => staff().post('/v1/volunteers').send({ name: `志愿者${index}`, phone: `1380000${String(index).padStart(4, '0')}`, communityId }).expect(201)),
    );
    const ids = registered.map((response) => response.body.volunteerId as string);
    await api.waitForProjections();

    const profiles = await Promise.all(ids.map(async (id) => (await staff().get(`/v1/volunteers/${id}`).expect(200)).body as { volunteerId: string; volunteerNumber: string }));
    const numbers = profiles.map((profile) => profile.volunteerNumber).sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, index) => volunteerNumber(communityId, index + 1)));

    const page = (await staff().get(`/v1/volunteers?communityId=${communityId}`).expect(200)).body as { items: Array<{ volunteerId: string; volunteerNumber: string }> };
    expect(new Map(page.items.map((item) => [item.volunteerId, item.volunteerNumber]))).toEqual(new Map(profiles.map((profile) => [profile.volunteerId, profile.volunteerNumber])));

    const [first] = profiles;
    const recorded = await staff().post('/v1/service-records').send({ volunteerId: first.volunteerId, category: 'culture', startedAt: '2025-05-01T02:00:00Z', minutes: 60, verify: true }).expect(201);
    const pdf = await staff().get(`/v1/volunteers/${first.volunteerId}/certificate?year=2025`).set('X-Min-Position', String(recorded.body.position)).buffer(true).parse(binary).expect(200);
    if (hasPoppler()) {
      const text = renderWithPoppler(pdf.body as Buffer).text;
      expect(text).toContain(first.volunteerNumber);
      expect(text).not.toContain(first.volunteerId);
    }

    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    let verification = started.body;
    for (let attempt = 0; verification.status === 'running' && attempt < 300; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      verification = (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body;
    }
    expect(verification.status).toBe('equal');
  });
});
