import { accountStream, timeAccountDecider, volunteerDecider, volunteerStream } from '@shiji/domain';
import type { TransferView } from '@shiji/projections';
import { CommandContext } from '../../../apps/api/src/write-side/command-context';
import { EventSourcedRepository } from '../../../apps/api/src/write-side/event-sourced-repository';
import type { TestApi } from '../../support/api';
import { uniquePhone } from '../../support/phones';

const HOUR = 60;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Gifts of credit to family over HTTP, against whichever api `start` gives
 * (PostgreSQL log, EventStoreDB log): family declared and confirmed, the
 * limits, 50 gifts at once out of one account, and a gift whose receiver
 * was erased between its two steps.
 */
export function describeGifts(start: () => Promise<TestApi>): void {
  describe('gifts to family: two accounts, one move', () => {
    let api: TestApi;
    const communityId = 'gift-test';
    let slot = 0;
    let latest = 0;

    beforeAll(async () => {
      api = await start();
      await api.as('admin').post('/v1/communities').send({ communityId, name: '转赠社区' }).expect(201);
    });

    afterAll(() => api?.close());

    type Agent = ReturnType<TestApi['as']>;
    const tracked = (agent: Agent): Agent =>
      agent.use((req: { on(event: 'response', listener: (res: { body?: { position?: unknown } }) => void): unknown }) => {
        req.on('response', (res: { body?: { position?: unknown } }) => {
          if (typeof res.body?.position === 'number') latest = Math.max(latest, res.body.position);
        });
      });
    const admin = () => tracked(api.as('admin'));
    const staff = () => tracked(api.as('staff', [communityId]));
    const asVolunteer = (volunteerId: string) => tracked(api.as('volunteer', [], volunteerId));

    async function volunteer(name: string, hours = 0): Promise<string> {
      const { body } = await staff().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId }).expect(201);
      for (let i = 0; i < hours; i += 1) {
        slot += 1;
        const startedAt = new Date(Date.UTC(2025, 0, 1) + slot * 2 * HOUR_MS).toISOString();
        await staff().post('/v1/service-records').send({ volunteerId: body.volunteerId, category: 'elderly_care', startedAt, minutes: HOUR, verify: true }).expect(201);
      }
      return body.volunteerId as string;
    }

    async function family(giver: string, member: string, relation = 'parent'): Promise<void> {
      await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members`).send({ memberVolunteerId: member, relation }).expect(201);
      await staff().post(`/v1/volunteers/${giver}/family-members/${member}/confirmation`).expect(201);
    }

    async function account(volunteerId: string): Promise<{ creditMinutes: number; lifetimeMinutes: number; starLevel: number }> {
      return (await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(latest)).expect(200)).body;
    }

    async function ledger(volunteerId: string): Promise<Array<{ kind: string; creditDelta: number; lifetimeDelta: number; reason: string | null }>> {
      return (await api.as('admin').get(`/v1/volunteers/${volunteerId}/ledger`).set('X-Min-Position', String(latest)).expect(200)).body.items;
    }

    async function limits(giftMaxMinutes: number, giftYearlyMinutes: number): Promise<void> {
      await admin().put('/v1/policy/credit-rules').send({ giftMaxMinutes, giftYearlyMinutes }).expect(200);
    }

    const give = (fromVolunteerId: string, toVolunteerId: string, minutes: number) => staff().post('/v1/gifts').send({ fromVolunteerId, toVolunteerId, minutes });

    it('gives only to a family member staff confirmed, moves credit but never lifetime hours or stars, and both ledgers show it', async () => {
      const giver = await volunteer('赠与人', 3);
      const parent = await volunteer('受赠的母亲');
      const stranger = await volunteer('陌生人');

      await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members`).send({ memberVolunteerId: parent, relation: 'parent' }).expect(201);
      expect((await give(giver, parent, 30).expect(403)).body.code).toBe('NOT_CONFIRMED_FAMILY');
      await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members/${parent}/confirmation`).expect(403);
      await staff().post(`/v1/volunteers/${giver}/family-members/${parent}/confirmation`).expect(201);
      const members = await asVolunteer(giver).get(`/v1/volunteers/${giver}/family-members`).set('X-Min-Position', String(latest)).expect(200);
      expect(members.body.items).toEqual([expect.objectContaining({ memberVolunteerId: parent, relation: 'parent', confirmed: true })]);
      expect((await give(giver, stranger, 30).expect(403)).body.code).toBe('NOT_CONFIRMED_FAMILY');
      expect((await asVolunteer(giver).post(`/v1/volunteers/${giver}/family-members`).send({ memberVolunteerId: giver, relation: 'child' }).expect(422)).body.code).toBe('FAMILY_MEMBER_IS_SELF');

      // The volunteer gives from their own account; never from someone else's.
      const given = await asVolunteer(giver).post('/v1/gifts').send({ fromVolunteerId: giver, toVolunteerId: parent, minutes: 90 }).expect(201);
      expect(given.body).toMatchObject({ fromVolunteerId: giver, toVolunteerId: parent, minutes: 90, creditMinutes: 90 });
      await asVolunteer(parent).post('/v1/gifts').send({ fromVolunteerId: giver, toVolunteerId: parent, minutes: 10 }).expect(403);

      expect(await account(giver)).toMatchObject({ creditMinutes: 90, lifetimeMinutes: 3 * HOUR });
      expect(await account(parent)).toMatchObject({ creditMinutes: 90, lifetimeMinutes: 0, starLevel: 0 });
      expect((await ledger(giver)).find((line) => line.kind === 'gift_given')).toMatchObject({ creditDelta: -90, lifetimeDelta: 0 });
      expect((await ledger(parent)).find((line) => line.kind === 'gift_received')).toMatchObject({ creditDelta: 90, lifetimeDelta: 0 });

      expect((await give(giver, parent, 91).expect(409)).body.code).toBe('INSUFFICIENT_CREDITS');
      const transfers = await api.as('admin').get('/v1/transfers?kind=gift&status=completed').set('X-Min-Position', String(latest)).expect(200);
      expect(transfers.body.items).toContainEqual(expect.objectContaining({ kind: 'gift', giftId: given.body.giftId, fromVolunteerId: giver, toVolunteerId: parent, minutes: 90, status: 'completed' }));
    });

    it('holds the per-gift limit the policy sets', async () => {
      const giver = await volunteer('大额赠与人', 2);
      const child = await volunteer('子女');
      await family(giver, child, 'child');
      await limits(60, 3000);
      const refused = await give(giver, child, 61).expect(422);
      expect(refused.body).toMatchObject({ code: 'GIFT_LIMIT_EXCEEDED' });
      await give(giver, child, 60).expect(201);
      await limits(600, 3000);
    });

    it('of 50 concurrent gifts out of 600 minutes: the giver never goes below zero, the receivers get exactly what the giver lost, and the yearly limit holds', async () => {
      const giver = await volunteer('多笔赠与人', 10);
      const receivers = [await volunteer('受赠一'), await volunteer('受赠二'), await volunteer('受赠三'), await volunteer('受赠四'), await volunteer('受赠五')];
      for (const receiver of receivers) await family(giver, receiver, 'grandparent');

      const round = async (yearly: number) => {
        await limits(600, yearly);
        return Promise.all(Array.from({ length: 50 }, (_, index) => give(giver, receivers[index % receivers.length], 30).then((response) => ({ status: response.status, code: response.body.code as string | undefined }))));
      };
      // The yearly limit binds first: 450 minutes of the 600.
      const first = await round(450);
      const firstGiven = first.filter((answer) => answer.status === 201).length * 30;
      expect(firstGiven).toBeLessThanOrEqual(450);
      expect(first.filter((answer) => answer.status !== 201).every((answer) => answer.code === 'GIFT_YEARLY_LIMIT_REACHED' || answer.code === 'CONFLICT')).toBe(true);
      expect(first.filter((answer) => answer.code === 'GIFT_YEARLY_LIMIT_REACHED').length).toBeGreaterThan(0);

      // Then the credit binds: whatever is left, never more.
      const second = await round(100_000);
      const secondGiven = second.filter((answer) => answer.status === 201).length * 30;
      expect(second.filter((answer) => answer.status !== 201).every((answer) => answer.code === 'INSUFFICIENT_CREDITS' || answer.code === 'CONFLICT')).toBe(true);

      const after = await account(giver);
      expect(after.creditMinutes).toBeGreaterThanOrEqual(0);
      expect(after.creditMinutes).toBe(600 - firstGiven - secondGiven);
      expect(after.lifetimeMinutes).toBe(600);
      const received = await Promise.all(receivers.map(account));
      expect(received.reduce((sum, receiver) => sum + receiver.creditMinutes, 0)).toBe(firstGiven + secondGiven);
      expect(received.every((receiver) => receiver.lifetimeMinutes === 0)).toBe(true);
      await limits(600, 3000);
    }, 60_000);

    it('gives the credit back, both ledgers saying why, when the receiver was erased between the two steps', async () => {
      const giver = await volunteer('被退回的赠与人', 2);
      const receiver = await volunteer('已注销的受赠人');
      await family(giver, receiver, 'spouse');
      const repository = api.app.app.get(EventSourcedRepository);
      // The receiver as the request that began the gift read it: not yet erased.
      const { state: before } = await repository.load(volunteerStream(receiver), volunteerDecider, { latest: true });
      await admin().post(`/v1/volunteers/${receiver}/erasure`).expect(201);

      const context = CommandContext.create({ actor: { id: 'staff-test', role: 'staff' }, now: new Date() });
      const giftId = context.newId('gift');
      const { position } = await repository.handle(
        accountStream(giver),
        timeAccountDecider,
        { type: 'GiveCredits', volunteerId: giver, giftId, toVolunteerId: receiver, minutes: 45, year: new Date().getUTCFullYear(), limits: { perGiftMinutes: 600, perYearMinutes: 3000 }, receiver: before },
        context,
        { homeCommunity: communityId },
      );
      latest = Math.max(latest, position ?? 0);

      const deadline = Date.now() + 15_000;
      let transfer: TransferView | undefined;
      while (Date.now() < deadline) {
        const page = await api.as('admin').get('/v1/transfers?kind=gift').expect(200);
        transfer = (page.body.items as TransferView[]).find((item) => item.transferId === `gift:${giftId}`);
        if (transfer && transfer.status !== 'pending') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(transfer).toMatchObject({ status: 'compensated', refusal: { code: 'RECEIVER_ERASED' } });
      latest = await api.headPosition();
      expect(await account(giver)).toMatchObject({ creditMinutes: 2 * HOUR });
      expect(await account(receiver)).toMatchObject({ creditMinutes: 0 });
      expect((await ledger(giver)).find((line) => line.kind === 'gift_returned')).toMatchObject({ creditDelta: 45, reason: expect.stringContaining('RECEIVER_ERASED') });
      expect((await ledger(receiver)).find((line) => line.kind === 'gift_refused')).toMatchObject({ creditDelta: 0, reason: expect.stringContaining('RECEIVER_ERASED') });
      // A gift asked for now is refused at once: nothing to give back.
      expect((await give(giver, receiver, 10).expect(409)).body.code).toBe('RECEIVER_ERASED');
      // The family list still shows the relation, marked erased.
      const members = await api.as('admin').get(`/v1/volunteers/${giver}/family-members`).set('X-Min-Position', String(latest)).expect(200);
      expect(members.body.items).toEqual([expect.objectContaining({ memberVolunteerId: receiver, confirmed: true, memberErased: true })]);
    }, 30_000);

    it('pools donations, grants from the pool to a resident in need, and shows the balance and the statement', async () => {
      const donor = await volunteer('捐赠人', 3);
      const donated = await asVolunteer(donor).post('/v1/donations').send({ volunteerId: donor, minutes: 60 }).expect(201);
      expect(donated.body).toMatchObject({ volunteerId: donor, communityId, minutes: 60, creditMinutes: 2 * HOUR });
      expect(donated.headers.location).toBe(`/v1/pools/${communityId}`);
      expect((await asVolunteer(donor).post('/v1/donations').send({ volunteerId: donor, minutes: 121 }).expect(409)).body.code).toBe('INSUFFICIENT_CREDITS');
      expect(await account(donor)).toMatchObject({ creditMinutes: 2 * HOUR, lifetimeMinutes: 3 * HOUR });
      expect((await ledger(donor)).find((line) => line.kind === 'donated')).toMatchObject({ creditDelta: -60, lifetimeDelta: 0 });

      const resident = await staff().post(`/v1/pools/${communityId}/beneficiaries`).send({ name: '独居的李奶奶', phone: uniquePhone() }).expect(201);
      const beneficiaryId = resident.body.beneficiaryId as string;
      const granted = await staff().post(`/v1/pools/${communityId}/grants`).send({ beneficiaryId, minutes: 40, reason: '助餐 / meals' }).expect(201);
      expect(granted.body).toMatchObject({ beneficiaryId, minutes: 40, poolMinutes: 20 });
      expect((await staff().post(`/v1/pools/${communityId}/grants`).send({ beneficiaryId, minutes: 21, reason: '助浴 / bathing' }).expect(409)).body.code).toBe('INSUFFICIENT_POOL_CREDITS');
      expect((await staff().post(`/v1/pools/${communityId}/grants`).send({ beneficiaryId: 'nobody', minutes: 1, reason: '助浴 / bathing' }).expect(404)).body.code).toBe('BENEFICIARY_NOT_FOUND');
      await asVolunteer(donor).post(`/v1/pools/${communityId}/grants`).send({ beneficiaryId, minutes: 1, reason: 'x' }).expect(403);

      const read = (path: string) => api.as('auditor').get(path).set('X-Min-Position', String(latest)).expect(200);
      expect((await read(`/v1/pools/${communityId}`)).body).toEqual({ communityId, balanceMinutes: 20, donatedMinutes: 60, grantedMinutes: 40, capExcessMinutes: 0 });
      const statement = (await read(`/v1/pools/${communityId}/statement`)).body.items as Array<Record<string, unknown>>;
      expect(statement.map(({ kind, minutesDelta, balanceAfter }) => ({ kind, minutesDelta, balanceAfter }))).toEqual([
        { kind: 'donation', minutesDelta: 60, balanceAfter: 60 },
        { kind: 'grant', minutesDelta: -40, balanceAfter: 20 },
      ]);
      expect(statement[0]).toMatchObject({ volunteerId: donor, reference: donated.body.donationId });
      expect(statement[1]).toMatchObject({ beneficiaryId, reference: granted.body.grantId, reason: '助餐 / meals' });
      const record = await staff().get(`/v1/pools/${communityId}/beneficiaries/${beneficiaryId}`).set('X-Min-Position', String(latest)).expect(200);
      expect(record.body).toMatchObject({ beneficiaryId, name: '独居的李奶奶', grantedMinutes: 40 });
      const moves = (await api.as('admin').get('/v1/transfers').set('X-Min-Position', String(latest)).expect(200)).body.items as TransferView[];
      expect(moves.filter((move) => move.kind === 'donation' || move.kind === 'grant').map((move) => [move.kind, move.status])).toEqual([
        ['donation', 'completed'],
        ['grant', 'completed'],
      ]);
      const stream = await api.as('auditor').get(`/v1/audit/streams/beneficiary-${beneficiaryId}`).expect(200);
      expect(JSON.stringify(stream.body)).not.toContain('李奶奶');
    });
  });
}
