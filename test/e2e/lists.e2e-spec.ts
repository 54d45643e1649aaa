import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const A = 'lists-a';

/** Partners, rewards, redemptions and service requests: paged, filtered by status, sorted by what people sort by. */
describe('list routes', () => {
  let api: TestApi;
  let latest = 0;
  const admin = () => api.as('admin');
  const staff = () => api.as('staff', [A], 'lists-staff');
  const note = <T extends { body: { position?: number } }>(response: T): T => {
    if (typeof response.body.position === 'number') latest = Math.max(latest, response.body.position);
    return response;
  };
  /** Reads wait for every write so far. */
  const read = (path: string, as = admin()) => as.get(path).set('X-Min-Position', String(latest)).expect(200);
  /** Every page of a list, by following nextCursor. */
  async function all(path: string, as?: ReturnType<TestApi['as']>): Promise<Array<Record<string, unknown>>> {
    const items: Array<Record<string, unknown>> = [];
    let cursor: string | null = null;
    do {
      const page = await read(`${path}${path.includes('?') ? '&' : '?'}limit=2${cursor ? `&cursor=${cursor}` : ''}`, as);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      items.push(...page.body.items);
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    return items;
  }

  let holder: string;
  const redemptions: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    note(await admin().post('/v1/communities').send({ communityId: A, name: '列表社区' }).expect(201));
    note(await admin().put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200));
    for (const [partnerId, name, kind] of [['clinic', '乙诊所', '医疗'], ['books', '甲书屋', '图书'], ['care', '丙家政', '家政']]) {
      note(await admin().post('/v1/partners').send({ partnerId, name, kind }).expect(201));
    }
    for (const [rewardId, partnerId, name, minStarLevel] of [['checkup', 'clinic', '体检', 3], ['loan', 'books', '借书', 1], ['clean', 'care', '保洁', 5]] as const) {
      note(await admin().post('/v1/rewards').send({ rewardId, partnerId, name, kind: 'discount', discountPercent: 10, minStarLevel }).expect(201));
    }
    note(await admin().post('/v1/rewards/loan/withdrawal').send({ reason: '暂停' }).expect(201));

    holder = note(await staff().post('/v1/volunteers').send({ name: '持卡人', phone: uniquePhone(), communityId: A }).expect(201)).body.volunteerId;
    for (let hour = 0; hour < 5; hour += 1) {
      note(await staff().post('/v1/service-records').send({ volunteerId: holder, category: 'culture', startedAt: new Date(Date.UTC(2025, 0, 1, hour * 2)).toISOString(), minutes: 60, verify: true }).expect(201));
    }
    note(await staff().post(`/v1/volunteers/${holder}/card`).expect(201));
    for (const minutes of [10, 30, 20]) redemptions.push(note(await staff().post('/v1/redemptions').send({ volunteerId: holder, minutes, description: `兑换${minutes}` }).expect(201)).body.redemptionId);
    note(await staff().post(`/v1/redemptions/${redemptions[0]}/reversal`).send({ reason: '登记错误' }).expect(201));

    const other = note(await staff().post('/v1/volunteers').send({ name: '无卡人', phone: uniquePhone(), communityId: A }).expect(201)).body.volunteerId;
    for (const forVolunteerId of [other, holder, other]) {
      requests.push(note(await staff().post('/v1/service-requests').send({ communityId: A, category: 'elderly_care', description: '陪同就医', wantedMinutes: 60, forVolunteerId }).expect(201)).body.requestId);
    }
    note(await staff().post(`/v1/service-requests/${requests[2]}/assignment`).send({ providerVolunteerId: holder }).expect(201));
  }, 60_000);

  afterAll(() => api?.close());

  it('partners: by name (the default) or date, either way, and by kind; each one readable with its ETag', async () => {
    // Names sort by code point: 丙 U+4E19, 乙 U+4E59, 甲 U+7532.
    expect((await all('/v1/partners')).map((partner) => partner.name)).toEqual(['丙家政', '乙诊所', '甲书屋']);
    expect((await all('/v1/partners?sort=-name')).map((partner) => partner.name)).toEqual(['甲书屋', '乙诊所', '丙家政']);
    expect((await all('/v1/partners?sort=date')).map((partner) => partner.partnerId)).toEqual(['clinic', 'books', 'care']);
    expect((await all('/v1/partners?sort=-date')).map((partner) => partner.partnerId)).toEqual(['care', 'books', 'clinic']);
    expect((await all(`/v1/partners?kind=${encodeURIComponent('医疗')}`)).map((partner) => partner.partnerId)).toEqual(['clinic']);
    const one = await read('/v1/partners/clinic');
    expect(one.body).toMatchObject({ partnerId: 'clinic', name: '乙诊所' });
    expect(one.headers.etag).toBe('"0"');
    expect((await admin().get('/v1/partners/nobody').expect(404)).body.code).toBe('NOT_FOUND');
  });

  it('rewards: by status, partner and star level', async () => {
    expect((await all('/v1/rewards?sort=starLevel')).map((reward) => reward.rewardId)).toEqual(['loan', 'checkup', 'clean']);
    expect((await all('/v1/rewards?status=active&sort=-starLevel')).map((reward) => reward.rewardId)).toEqual(['clean', 'checkup']);
    expect((await all('/v1/rewards?status=withdrawn')).map((reward) => reward.rewardId)).toEqual(['loan']);
    expect((await all('/v1/rewards?partnerId=clinic')).map((reward) => reward.partnerName)).toEqual(['乙诊所']);
    const loan = await read('/v1/rewards/loan');
    expect(loan.body).toMatchObject({ rewardId: 'loan', withdrawn: true, partnerName: '甲书屋' });
    expect(loan.headers.etag).toBe('"1"');
  });

  it('a reward withdrawn under a stale If-Match stays as it was', async () => {
    const etag = (await read('/v1/rewards/clean')).headers.etag;
    note(await admin().post('/v1/rewards/clean/withdrawal').set('If-Match', etag).send({ reason: '名额已满' }).expect(201));
    const before = await api.headPosition();
    expect((await admin().post('/v1/rewards/clean/withdrawal').set('If-Match', etag).send({ reason: '再次' }).expect(412)).body.code).toBe('PRECONDITION_FAILED');
    expect(await api.headPosition()).toBe(before);
  });

  it('redemptions: newest first by default, by status, by minutes, a page at a time', async () => {
    expect((await all(`/v1/redemptions?communityId=${A}`, staff())).map((line) => line.redemptionId)).toEqual([...redemptions].reverse());
    expect((await all(`/v1/redemptions?communityId=${A}&status=active&sort=-minutes`, staff())).map((line) => line.minutes)).toEqual([30, 20]);
    expect((await all(`/v1/redemptions?communityId=${A}&status=reversed`, staff())).map((line) => line.redemptionId)).toEqual([redemptions[0]]);
    expect((await all(`/v1/redemptions?volunteerId=${holder}&sort=minutes`)).map((line) => line.minutes)).toEqual([10, 20, 30]);
    const one = await read(`/v1/redemptions/${redemptions[1]}`, api.as('volunteer', [A], holder));
    expect(one.body).toMatchObject({ redemptionId: redemptions[1], minutes: 30, volunteerName: '持卡人', reversed: false });
  });

  it('service requests: still to do by default, card holders first; by status and date otherwise', async () => {
    expect((await all(`/v1/service-requests?communityId=${A}`, staff())).map((request) => request.requestId)).toEqual([requests[1], requests[0], requests[2]]);
    expect((await all(`/v1/service-requests?communityId=${A}&status=assigned`, staff())).map((request) => request.requestId)).toEqual([requests[2]]);
    expect((await all(`/v1/service-requests?communityId=${A}&status=open&sort=-date`, staff())).map((request) => request.requestId)).toEqual([requests[1], requests[0]]);
    expect((await all('/v1/service-requests?status=all&sort=date')).map((request) => request.requestId)).toEqual(requests);
    const one = await read(`/v1/service-requests/${requests[2]}`, staff());
    expect(one.body).toMatchObject({ requestId: requests[2], status: 'assigned', providerName: '持卡人' });
    expect(one.headers.etag).toBe('"1"');
  });

  it('a sort or status it does not know is 400, in Chinese first', async () => {
    for (const path of ['/v1/partners?sort=hours', '/v1/rewards?status=maybe', `/v1/redemptions?communityId=${A}&sort=name`, `/v1/service-requests?communityId=${A}&status=done`]) {
      const response = await admin().get(path).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    }
  });
});
