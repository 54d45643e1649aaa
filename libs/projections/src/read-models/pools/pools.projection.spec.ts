import type { BeneficiaryEvent, PoolEvent } from '@shiji/domain';
import { poolsProjection } from '@shiji/projections';
import { eventIdOf, occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(poolsProjection);

const donated: PoolEvent = { type: 'PoolDonationReceived', data: { communityId: 'c-1', donationId: 'd-1', fromVolunteerId: 'v-1', minutes: 60 } };
const granted: PoolEvent = { type: 'PoolGranted', data: { communityId: 'c-1', grantId: 'g-1', beneficiaryId: 'b-1', minutes: 40, reason: '助餐' } };

describe('the pools projection', () => {
  it('keeps the balance and a statement line per donation and grant, with the balance after it', () => {
    spec
      .given([donated])
      .when([granted])
      .then({
        pools: { 'c-1': { communityId: 'c-1', balanceMinutes: 20, donatedMinutes: 60, grantedMinutes: 40, capExcessMinutes: 0 } },
        pool_ledger: {
          [eventIdOf(2)]: {
            entryId: eventIdOf(2), communityId: 'c-1', kind: 'grant', reference: 'g-1', volunteerId: null, beneficiaryId: 'b-1', minutesDelta: -40, balanceAfter: 20, reason: '助餐', occurredAt: at(2), position: 2,
          },
        },
      });
  });

  it('keeps a resident’s granted balance and a grant statement line per grant, service paid from it and refund', () => {
    const personal = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
    const providerRecord = { recordId: 'r-1', startedAt: '2026-11-01T01:00:00.000Z', category: 'other' as const };
    const events: BeneficiaryEvent[] = [
      { type: 'BeneficiaryRegistered', data: { beneficiaryId: 'b-1', communityId: 'c-1', personal } },
      { type: 'GrantReceived', data: { beneficiaryId: 'b-1', grantId: 'g-1', communityId: 'c-1', minutes: 40 } },
      { type: 'GrantRedeemed', data: { beneficiaryId: 'b-1', communityId: 'c-1', redemptionId: 'x-1', minutes: 30, description: '助浴', providerVolunteerId: 'v-2', providerRecord } },
      { type: 'GrantRedemptionRefunded', data: { beneficiaryId: 'b-1', communityId: 'c-1', redemptionId: 'x-1', minutes: 30, refusal: { code: 'VOLUNTEER_SUSPENDED', details: {} } } },
    ];
    const line = (n: number, kind: string, reference: string, minutesDelta: number, balanceAfter: number, extra: Record<string, unknown> = {}) => ({
      entryId: eventIdOf(n), beneficiaryId: 'b-1', communityId: 'c-1', kind, reference, providerVolunteerId: null, description: null, minutesDelta, balanceAfter, refusalCode: null, occurredAt: at(n), position: n, ...extra,
    });
    spec
      .given([])
      .when(events)
      .then({
        beneficiaries: { 'b-1': { beneficiaryId: 'b-1', communityId: 'c-1', personal, grantedMinutes: 40, redeemedMinutes: 0, balanceMinutes: 40, registeredAt: at(1), erasedAt: null } },
        beneficiary_ledger: {
          [eventIdOf(2)]: line(2, 'grant', 'g-1', 40, 40),
          [eventIdOf(3)]: line(3, 'redemption', 'x-1', -30, 10, { providerVolunteerId: 'v-2', description: '助浴' }),
          [eventIdOf(4)]: line(4, 'redemption_refunded', 'x-1', 30, 40, { refusalCode: 'VOLUNTEER_SUSPENDED' }),
        },
      });
  });

  it('adds a family gift to the resident’s balance and notes a refused one on the statement, moving nothing', () => {
    const personal = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
    const refusal = { code: 'RECEIVER_ERASED' as const, details: { beneficiaryId: 'b-1' } };
    const events: BeneficiaryEvent[] = [
      { type: 'BeneficiaryRegistered', data: { beneficiaryId: 'b-1', communityId: 'c-1', personal } },
      { type: 'BeneficiaryGiftReceived', data: { beneficiaryId: 'b-1', communityId: 'c-1', giftId: 'f-1', fromVolunteerId: 'v-1', minutes: 50 } },
      { type: 'BeneficiaryGiftRefused', data: { beneficiaryId: 'b-1', communityId: 'c-1', giftId: 'f-2', fromVolunteerId: 'v-1', minutes: 20, reason: '受助人不能接收转赠 / refused', refusal } },
    ];
    const line = (n: number, kind: string, reference: string, minutesDelta: number, balanceAfter: number, extra: Record<string, unknown> = {}) => ({
      entryId: eventIdOf(n), beneficiaryId: 'b-1', communityId: 'c-1', kind, reference, providerVolunteerId: null, description: null, minutesDelta, balanceAfter, refusalCode: null, occurredAt: at(n), position: n, ...extra,
    });
    spec
      .given([])
      .when(events)
      .then({
        beneficiaries: { 'b-1': { beneficiaryId: 'b-1', communityId: 'c-1', personal, grantedMinutes: 0, giftedMinutes: 50, redeemedMinutes: 0, balanceMinutes: 50, registeredAt: at(1), erasedAt: null } },
        beneficiary_ledger: {
          [eventIdOf(2)]: line(2, 'family_gift', 'f-1', 50, 50, { description: '家人转赠 / a family gift from v-1' }),
          [eventIdOf(3)]: line(3, 'family_gift_refused', 'f-2', 0, 50, { description: '受助人不能接收转赠 / refused', refusalCode: 'RECEIVER_ERASED' }),
        },
      });
  });
});
