import { accountStream, beneficiaryDecider, beneficiaryStream, timeAccountDecider } from '@shiji/domain';
import type { TransferView } from '@shiji/projections';
import { CommandContext } from '../../apps/api/src/write-side/command-context';
import { EventSourcedRepository } from '../../apps/api/src/write-side/event-sourced-repository';
import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const HOUR = 60;
const communityId = 'family-resident';

/**
 * A resident in need (a pool beneficiary, name and phone sealed) declared by
 * a volunteer as family and confirmed by staff: a gift moves the volunteer's
 * credit to the resident's granted time, which a service for them can spend;
 * a gift to a resident erased between the two steps comes back to the giver
 * with both ledgers saying why; replay equals the live views.
 */
describe('a resident in need as family', () => {
  let api: TestApi;
  let latest = 0;
  let day = 0;

  beforeAll(async () => {
    api = await startTestApi();
    await api.as('admin').post('/v1/communities').send({ communityId, name: '亲情社区' }).expect(201);
  });

  afterAll(() => api?.close());

  const staff = () => api.as('staff', [communityId]);
  const note = <T extends { position?: number | null }>(body: T): T => {
    latest = Math.max(latest, body.position ?? 0);
    return body;
  };
  const read = async (path: string) => (await api.as('admin').get(path).set('X-Min-Position', String(latest)).expect(200)).body;
  const volunteer = async (name: string, hours = 0) => {
    const volunteerId = note((await staff().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId }).expect(201)).body).volunteerId as string;
    if (hours > 0) {
      const startedAt = new Date(Date.UTC(2026, 9, 1 + day++, 1)).toISOString();
      note((await staff().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt, minutes: hours * HOUR, verify: true }).expect(201)).body);
    }
    return volunteerId;
  };
  const resident = async (name: string) => note((await staff().post(`/v1/pools/${communityId}/beneficiaries`).send({ name, phone: uniquePhone() }).expect(201)).body).beneficiaryId as string;
  const asVolunteer = (volunteerId: string) => api.as('volunteer', [], volunteerId);
  const declareAndConfirm = async (giver: string, beneficiaryId: string) => {
    const declared = await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members/residents`).send({ beneficiaryId, relation: 'grandparent' }).expect(201);
    note(declared.body);
    expect(declared.body).toMatchObject({ volunteerId: giver, beneficiaryId, relation: 'grandparent' });
    note((await staff().post(`/v1/volunteers/${giver}/family-members/residents/${beneficiaryId}/confirmation`).expect(201)).body);
  };
  const ledger = async (volunteerId: string) => (await read(`/v1/volunteers/${volunteerId}/ledger`)).items as Array<Record<string, unknown>>;
  const statement = async (beneficiaryId: string) => (await read(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}/statement`)).items as Array<Record<string, unknown>>;

  it('declares, confirms and gives; the resident’s statement shows the gift and a service for them spends it; replay equals the live views', async () => {
    const giver = await volunteer('孙女', 3);
    const grandma = await resident('独居的赵奶奶');

    // Not yet confirmed: no gift.
    note((await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members/residents`).send({ beneficiaryId: grandma, relation: 'grandparent' }).expect(201)).body);
    const early = await asVolunteer(giver).post('/v1/gifts/residents').send({ fromVolunteerId: giver, beneficiaryId: grandma, minutes: 30 }).expect(403);
    expect(early.body.code).toBe('NOT_CONFIRMED_FAMILY');
    await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members/residents/${grandma}/confirmation`).expect(403);
    note((await staff().post(`/v1/volunteers/${giver}/family-members/residents/${grandma}/confirmation`).expect(201)).body);
    expect((await read(`/v1/volunteers/${giver}/family-members`)).items).toEqual([
      expect.objectContaining({ volunteerId: giver, memberVolunteerId: null, memberBeneficiaryId: grandma, relation: 'grandparent', confirmed: true, memberErased: false }),
    ]);
    // Only a registered resident in need can be declared.
    expect((await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members/residents`).send({ beneficiaryId: 'nobody', relation: 'parent' }).expect(404)).body.code).toBe('BENEFICIARY_NOT_FOUND');

    const given = await asVolunteer(giver).post('/v1/gifts/residents').send({ fromVolunteerId: giver, beneficiaryId: grandma, minutes: 90 }).expect(201);
    note(given.body);
    expect(given.body).toMatchObject({ fromVolunteerId: giver, beneficiaryId: grandma, minutes: 90, creditMinutes: 90 });
    // Same limits as any gift (600 a gift by default), never more than the credit.
    expect((await asVolunteer(giver).post('/v1/gifts/residents').send({ fromVolunteerId: giver, beneficiaryId: grandma, minutes: 601 }).expect(422)).body.code).toBe('GIFT_LIMIT_EXCEEDED');
    expect((await asVolunteer(giver).post('/v1/gifts/residents').send({ fromVolunteerId: giver, beneficiaryId: grandma, minutes: 91 }).expect(409)).body.code).toBe('INSUFFICIENT_CREDITS');

    expect(await read(`/v1/volunteers/${giver}/account`)).toMatchObject({ creditMinutes: 90, lifetimeMinutes: 3 * HOUR });
    expect((await ledger(giver)).find((line) => line.kind === 'gift_given')).toMatchObject({ reference: given.body.giftId, creditDelta: -90, lifetimeDelta: 0 });
    expect(await read(`/v1/pools/${communityId}/beneficiaries/${grandma}`)).toMatchObject({ grantedMinutes: 0, giftedMinutes: 90, balanceMinutes: 90 });
    expect(await statement(grandma)).toEqual([expect.objectContaining({ kind: 'family_gift', reference: given.body.giftId, minutesDelta: 90, balanceAfter: 90 })]);
    expect((await read('/v1/transfers?kind=beneficiary_gift')).items).toEqual([
      expect.objectContaining({ transferId: `gift:${given.body.giftId}`, giftId: given.body.giftId, fromVolunteerId: giver, beneficiaryId: grandma, minutes: 90, status: 'completed' }),
    ]);

    // A service for her paid from what the family gave.
    const provider = await volunteer('上门服务者');
    const spent = await staff()
      .post(`/v1/pools/${communityId}/beneficiaries/${grandma}/redemptions`)
      .send({ minutes: HOUR, description: '上门助浴 / bathing help at home', provider: { volunteerId: provider, startedAt: '2026-11-20T01:00:00Z' } })
      .expect(201);
    note(spent.body);
    expect(spent.body).toMatchObject({ grantMinutes: 30 });
    expect(await read(`/v1/volunteers/${provider}/account`)).toMatchObject({ creditMinutes: HOUR });
    expect((await statement(grandma)).map(({ kind, minutesDelta, balanceAfter }) => ({ kind, minutesDelta, balanceAfter }))).toEqual([
      { kind: 'family_gift', minutesDelta: 90, balanceAfter: 90 },
      { kind: 'redemption', minutesDelta: -HOUR, balanceAfter: 30 },
    ]);

    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    const deadline = Date.now() + 30_000;
    let found: { status: string } = { status: 'running' };
    while (found.status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      found = (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body;
    }
    expect(found.status).toBe('equal');
  }, 90_000);

  it('gives the credit back, both ledgers saying why, when the resident was erased between the two steps', async () => {
    const giver = await volunteer('儿子', 2);
    const father = await resident('独居的钱爷爷');
    await declareAndConfirm(giver, father);
    const repository = api.app.app.get(EventSourcedRepository);
    // The resident as the request that began the gift read them: not yet erased.
    const { state: before } = await repository.load(beneficiaryStream(father), beneficiaryDecider, { latest: true });
    note((await api.as('admin').post(`/v1/pools/${communityId}/beneficiaries/${father}/erasure`).expect(201)).body);

    const context = CommandContext.create({ actor: { id: 'staff-test', role: 'staff' }, now: new Date() });
    const giftId = context.newId('gift');
    const { position } = await repository.handle(
      accountStream(giver),
      timeAccountDecider,
      { type: 'GiveCreditsToBeneficiary', volunteerId: giver, giftId, beneficiaryId: father, minutes: 45, year: new Date().getUTCFullYear(), limits: { perGiftMinutes: 600, perYearMinutes: 3000 }, beneficiary: before },
      context,
      { homeCommunity: communityId },
    );
    latest = Math.max(latest, position ?? 0);

    // The process manager takes the second step, finds the resident erased and compensates.
    const deadline = Date.now() + 15_000;
    let transfer: TransferView | undefined;
    while (Date.now() < deadline) {
      const page = await api.as('admin').get('/v1/transfers?kind=beneficiary_gift').expect(200);
      transfer = (page.body.items as TransferView[]).find((item) => item.transferId === `gift:${giftId}`);
      if (transfer && transfer.status !== 'pending') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(transfer).toMatchObject({ status: 'compensated', refusal: { code: 'RECEIVER_ERASED' } });
    latest = await api.headPosition();
    expect(await read(`/v1/volunteers/${giver}/account`)).toMatchObject({ creditMinutes: 2 * HOUR });
    expect((await ledger(giver)).find((line) => line.kind === 'gift_returned')).toMatchObject({ creditDelta: 45, reason: expect.stringContaining('RECEIVER_ERASED') });
    expect(await statement(father)).toEqual([
      expect.objectContaining({ kind: 'family_gift_refused', reference: giftId, minutesDelta: 0, balanceAfter: 0, refusalCode: 'RECEIVER_ERASED', description: expect.stringContaining('RECEIVER_ERASED') }),
    ]);
    expect(await read(`/v1/pools/${communityId}/beneficiaries/${father}`)).toMatchObject({ balanceMinutes: 0, giftedMinutes: 0, erased: true });
    // The family list still shows the relation, marked erased.
    expect((await read(`/v1/volunteers/${giver}/family-members`)).items).toEqual([expect.objectContaining({ memberBeneficiaryId: father, confirmed: true, memberErased: true })]);
    // A gift asked for now is refused at once, nothing written.
    const head = await api.headPosition();
    const refused = await asVolunteer(giver).post('/v1/gifts/residents').send({ fromVolunteerId: giver, beneficiaryId: father, minutes: 10 }).expect(409);
    expect(refused.body.code).toBe('RECEIVER_ERASED');
    expect(await api.headPosition()).toBe(head);
  }, 60_000);
});
