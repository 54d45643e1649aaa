import { accountStream, timeAccountDecider, type AccountCommand, type ProviderRecord } from '@shiji/domain';
import type { TransferView } from '@shiji/projections';
import { TransferManager } from '../../apps/api/src/features/transfers/transfer-manager';
import { CommandContext } from '../../apps/api/src/write-side/command-context';
import { EventSourcedRepository } from '../../apps/api/src/write-side/event-sourced-repository';
import { startTestApi, type TestApi } from '../support/api';
import { uniquePhone } from '../support/phones';

const HOUR = 60;
const HOUR_MS = 3_600_000;
const communityId = 'moves-test';

/**
 * A redemption that pays its provider touches two accounts. Whatever
 * happens between its two appends (a race for the provider's time, a crash),
 * the holder is never left debited under a "no", and the move finishes.
 */
describe('redemptions that pay their provider: moves between two accounts', () => {
  let api: TestApi;
  let repository: EventSourcedRepository;
  let latest = 0;
  let slot = 0;

  beforeAll(async () => {
    api = await startTestApi();
    repository = api.app.app.get(EventSourcedRepository);
    await api.as('admin').post('/v1/communities').send({ communityId, name: '转移社区' }).expect(201);
    // ★★★★★ at 5 hours, so a holder with 6 hours may have a card.
    await api.as('admin').put('/v1/policy/star-levels').send({ thresholdHours: [1, 2, 3, 4, 5] }).expect(200);
  });

  afterAll(() => api?.close());

  const staff = () => api.as('staff', [communityId]);
  const note = (position: unknown) => {
    if (typeof position === 'number') latest = Math.max(latest, position);
  };

  async function volunteer(name: string): Promise<string> {
    const response = await staff().post('/v1/volunteers').send({ name, phone: uniquePhone(), communityId }).expect(201);
    note(response.body.position);
    return response.body.volunteerId as string;
  }

  function nextStart(): Date {
    slot += 1;
    return new Date(Date.UTC(2025, 0, 1) + slot * 2 * HOUR_MS);
  }

  async function cardHolder(name: string): Promise<string> {
    const volunteerId = await volunteer(name);
    const recorded = await staff().post('/v1/service-records').send({ volunteerId, category: 'elderly_care', startedAt: nextStart().toISOString(), minutes: 6 * HOUR, verify: true }).expect(201);
    note(recorded.body.position);
    const card = await staff().post(`/v1/volunteers/${volunteerId}/card`).expect(201);
    note(card.body.position);
    return volunteerId;
  }

  async function account(volunteerId: string): Promise<{ creditMinutes: number; lifetimeMinutes: number }> {
    return (await api.as('admin').get(`/v1/volunteers/${volunteerId}/account`).set('X-Min-Position', String(latest)).expect(200)).body;
  }

  async function transfer(transferId: string): Promise<TransferView | undefined> {
    const page = await api.as('admin').get('/v1/transfers').set('X-Min-Position', String(latest)).expect(200);
    return (page.body.items as TransferView[]).find((item) => item.transferId === transferId);
  }

  /** What a crash between the two appends leaves: the holder's debit naming a provider's record that never followed. */
  async function intentOnly(holder: string, provider: string, providerRecord: ProviderRecord, now = new Date()): Promise<string> {
    const context = CommandContext.create({ actor: { id: 'staff-test', role: 'staff' }, now });
    const redemptionId = context.newId('redemption');
    const command: AccountCommand = {
      type: 'RedeemCredits',
      volunteerId: holder,
      redemptionId,
      minutes: HOUR,
      description: '上门助浴 / bathing help',
      requestId: null,
      providerVolunteerId: provider,
      providerRecord,
    };
    const { position } = await repository.handle(accountStream(holder), timeAccountDecider, command, context, { homeCommunity: communityId });
    note(position);
    return redemptionId;
  }

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`not done within ${timeoutMs} ms: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('at 20 concurrent pairs racing for one provider’s time, debits a holder only for a redemption answered 201, and a retry repeats the answer', async () => {
    const pairs = await Promise.all(
      Array.from({ length: 20 }, async (_, index) => ({
        holders: [await cardHolder(`持卡人${index}a`), await cardHolder(`持卡人${index}b`)],
        provider: await volunteer(`提供者${index}`),
        startedAt: nextStart().toISOString(),
      })),
    );
    const answers = await Promise.all(
      pairs.flatMap(({ holders, provider, startedAt }, pair) =>
        holders.map(async (volunteerId, side) => {
          const key = `race-${pair}-${side}`;
          const body = { volunteerId, minutes: HOUR, description: '陪同就医 / clinic escort', provider: { volunteerId: provider, startedAt } };
          const response = await staff().post('/v1/redemptions').set('Idempotency-Key', key).send(body);
          note(response.body.position);
          return { volunteerId, pair, key, body, status: response.status, code: response.body.code as string | undefined };
        }),
      ),
    );
    for (let pair = 0; pair < pairs.length; pair += 1) {
      const outcomes = answers.filter((answer) => answer.pair === pair).map((answer) => answer.status).sort();
      expect(outcomes).toEqual([201, 409]);
    }
    expect(answers.filter((answer) => answer.status === 409).every((answer) => answer.code === 'OVERLAPPING_SERVICE')).toBe(true);

    for (const answer of answers) {
      const { creditMinutes } = await account(answer.volunteerId);
      expect(creditMinutes).toBe(6 * HOUR - (answer.status === 201 ? HOUR : 0));
    }
    for (const { provider } of pairs) expect(await account(provider)).toMatchObject({ creditMinutes: HOUR, lifetimeMinutes: HOUR });

    // The same key, the same answer, and nothing more moves.
    const head = await api.headPosition();
    for (const answer of answers.filter((candidate) => candidate.status === 409).slice(0, 5)) {
      const retry = await staff().post('/v1/redemptions').set('Idempotency-Key', answer.key).send(answer.body).expect(409);
      expect(retry.body.code).toBe('OVERLAPPING_SERVICE');
    }
    expect(await api.headPosition()).toBe(head);
  }, 60_000);

  it('finishes by itself a move whose provider’s record never followed (a crash between the two appends), within seconds', async () => {
    const holder = await cardHolder('孤单持卡人');
    const provider = await volunteer('迟到的提供者');
    const providerRecord: ProviderRecord = { recordId: CommandContext.create({ actor: { id: 'x', role: 'staff' }, now: new Date() }).newId('record'), startedAt: nextStart().toISOString(), category: 'elderly_care' };
    const redemptionId = await intentOnly(holder, provider, providerRecord);

    expect(await transfer(`redemption:${redemptionId}`)).toMatchObject({ status: 'pending', fromVolunteerId: holder, toVolunteerId: provider, minutes: HOUR });
    const settled = await eventually(
      () => transfer(`redemption:${redemptionId}`),
      (found) => found?.status !== 'pending',
    );
    expect(settled).toMatchObject({ status: 'completed', refusal: null });
    const record = await api.as('admin').get(`/v1/service-records/${providerRecord.recordId}`).expect(200);
    expect(record.body).toMatchObject({ volunteerId: provider, minutes: HOUR, verified: true, redemptionId });
    expect(await account(holder)).toMatchObject({ creditMinutes: 5 * HOUR });
    expect(await account(provider)).toMatchObject({ creditMinutes: HOUR });
  }, 30_000);

  it('refunds the holder, saying why, when the provider can no longer be credited by the time the move is finished', async () => {
    const holder = await cardHolder('退款持卡人');
    const provider = await volunteer('忙碌的提供者');
    const startedAt = nextStart();
    // The provider's time was taken meanwhile.
    const taken = await staff().post('/v1/service-records').send({ volunteerId: provider, category: 'culture', startedAt: startedAt.toISOString(), minutes: HOUR, verify: true }).expect(201);
    note(taken.body.position);
    const redemptionId = await intentOnly(holder, provider, { recordId: 'not-recorded-' + slot, startedAt: startedAt.toISOString(), category: 'elderly_care' });

    const settled = await eventually(
      () => transfer(`redemption:${redemptionId}`),
      (found) => found?.status !== 'pending',
    );
    expect(settled).toMatchObject({ status: 'compensated', refusal: { code: 'OVERLAPPING_SERVICE' } });
    expect(await account(holder)).toMatchObject({ creditMinutes: 6 * HOUR });
    const ledger = await api.as('admin').get(`/v1/volunteers/${holder}/ledger`).set('X-Min-Position', String(latest)).expect(200);
    expect(JSON.stringify(ledger.body)).toContain('OVERLAPPING_SERVICE');
  }, 30_000);

  it('has verify report a move left half-done when nothing finishes it', async () => {
    await api.app.app.get(TransferManager).onApplicationShutdown();
    const holder = await cardHolder('被遗忘的持卡人');
    const provider = await volunteer('被遗忘的提供者');
    const twoMinutesAgo = new Date(Date.now() - 2 * 60_000);
    const redemptionId = await intentOnly(holder, provider, { recordId: 'forgotten-' + slot, startedAt: nextStart().toISOString(), category: 'other' }, twoMinutesAgo);
    await api.waitForProjections();

    const health = await api.anonymous().get('/health').expect(200);
    expect(health.body.status).toBe('degraded');
    expect(health.body.transfers).toMatchObject({ status: 'lagging', pending: 1 });

    const started = await api.as('auditor').post('/v1/audit/verifications').expect(202);
    const finished = await eventually(
      async () => (await api.as('auditor').get(`/v1/audit/verifications/${started.body.verificationId}`).expect(200)).body,
      (found: { status: string; report: { differences: unknown[]; halfDoneMoves: unknown[] } }) => found.status !== 'running',
    );
    expect(finished.status).toBe('different');
    expect(finished.report.differences).toEqual([]);
    expect(finished.report.halfDoneMoves).toEqual([expect.objectContaining({ transferId: `redemption:${redemptionId}`, fromVolunteerId: holder, toVolunteerId: provider, minutes: HOUR })]);
  }, 30_000);
});
