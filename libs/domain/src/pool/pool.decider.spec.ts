import { beneficiaryDecider, poolDecider, type Beneficiary, type PoolEvent } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const pool = deciderSpecification(poolDecider);
const beneficiaries = deciderSpecification(beneficiaryDecider);

const communityId = 'c-1';
const resident: Beneficiary = { exists: true, beneficiaryId: 'b-1', communityId, balanceMinutes: 0, grants: new Set(), redemptions: new Map(), gifts: new Set(), erased: false };
const donated = (donationId: string, minutes: number): PoolEvent => ({ type: 'PoolDonationReceived', data: { communityId, donationId, fromVolunteerId: 'v-1', minutes } });
const grant = (grantId: string, minutes: number, beneficiary: Beneficiary = resident) => ({ type: 'GrantFromPool' as const, communityId, grantId, beneficiaryId: 'b-1', minutes, reason: '助餐', beneficiary });
const granted = (grantId: string, minutes: number): PoolEvent => ({ type: 'PoolGranted', data: { communityId, grantId, beneficiaryId: 'b-1', minutes, reason: '助餐' } });

describe('the community pool', () => {
  it('takes each donation once', () => {
    pool.given([]).when({ type: 'ReceiveDonation', communityId, donationId: 'd-1', fromVolunteerId: 'v-1', minutes: 60 }).then([donated('d-1', 60)]);
    pool.given([donated('d-1', 60)]).when({ type: 'ReceiveDonation', communityId, donationId: 'd-1', fromVolunteerId: 'v-1', minutes: 60 }).thenThrows('DONATION_ALREADY_EXISTS');
  });

  it('grants to a resident of its community, never more than it holds', () => {
    pool.given([donated('d-1', 60)]).when(grant('g-1', 60)).then([granted('g-1', 60)]);
    pool.given([donated('d-1', 60), granted('g-1', 40)]).when(grant('g-2', 21)).thenThrows('INSUFFICIENT_POOL_CREDITS');
    pool.given([donated('d-1', 60)]).when(grant('g-1', 10, { exists: false })).thenThrows('BENEFICIARY_NOT_FOUND');
    pool.given([donated('d-1', 60)]).when(grant('g-1', 10, { ...resident, communityId: 'c-2' })).thenThrows('BENEFICIARY_NOT_FOUND');
    pool.given([donated('d-1', 60), granted('g-1', 10)]).when(grant('g-1', 10)).thenThrows('GRANT_ALREADY_EXISTS');
  });

  it('credits a registered resident once per grant', () => {
    const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
    const registered = { type: 'BeneficiaryRegistered' as const, data: { beneficiaryId: 'b-1', communityId, personal: sealed } };
    const receive = { type: 'ReceiveGrant' as const, beneficiaryId: 'b-1', grantId: 'g-1', communityId, minutes: 40 };
    const received = { type: 'GrantReceived' as const, data: { beneficiaryId: 'b-1', grantId: 'g-1', communityId, minutes: 40 } };
    beneficiaries.given([registered]).when(receive).then([received]);
    beneficiaries.given([registered, received]).when(receive).thenThrows('GRANT_ALREADY_EXISTS');
    beneficiaries.given([]).when(receive).thenThrows('BENEFICIARY_NOT_FOUND');
  });

  it('pays service for a resident from their granted credit, never more than is left, and refunds it when the provider is refused', () => {
    const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
    const registered = { type: 'BeneficiaryRegistered' as const, data: { beneficiaryId: 'b-1', communityId, personal: sealed } };
    const received = { type: 'GrantReceived' as const, data: { beneficiaryId: 'b-1', grantId: 'g-1', communityId, minutes: 40 } };
    const providerRecord = { recordId: 'r-1', startedAt: '2026-11-01T01:00:00.000Z', category: 'elderly_care' as const };
    const redeem = (redemptionId: string, minutes: number) =>
      ({ type: 'RedeemGrant' as const, beneficiaryId: 'b-1', communityId, redemptionId, minutes, description: '助浴', providerVolunteerId: 'v-2', providerRecord });
    const redeemed = (redemptionId: string, minutes: number) =>
      ({ type: 'GrantRedeemed' as const, data: { beneficiaryId: 'b-1', communityId, redemptionId, minutes, description: '助浴', providerVolunteerId: 'v-2', providerRecord } });
    const refusal = { code: 'VOLUNTEER_SUSPENDED' as const, details: {} };
    const refunded = { type: 'GrantRedemptionRefunded' as const, data: { beneficiaryId: 'b-1', communityId, redemptionId: 'x-1', minutes: 30, refusal } };

    beneficiaries.given([registered, received]).when(redeem('x-1', 40)).then([redeemed('x-1', 40)]);
    beneficiaries.given([registered, received, redeemed('x-1', 30)]).when(redeem('x-2', 11)).thenThrows('INSUFFICIENT_GRANT_CREDITS');
    beneficiaries.given([registered, received, redeemed('x-1', 30)]).when(redeem('x-1', 5)).thenThrows('REDEMPTION_ALREADY_EXISTS');
    beneficiaries.given([registered, received]).when({ ...redeem('x-1', 5), communityId: 'c-2' }).thenThrows('BENEFICIARY_NOT_FOUND');
    beneficiaries.given([registered, received]).when(redeem('x-1', 0)).thenThrows('INVALID_MINUTES');
    beneficiaries.given([registered, received, redeemed('x-1', 30)]).when({ type: 'RefundGrantRedemption', beneficiaryId: 'b-1', redemptionId: 'x-1', refusal }).then([refunded]);
    beneficiaries.given([registered, received, redeemed('x-1', 30), refunded]).when({ type: 'RefundGrantRedemption', beneficiaryId: 'b-1', redemptionId: 'x-1', refusal }).thenThrows('REDEMPTION_ALREADY_REVERSED');
    // Refunded, the credit can be spent again.
    beneficiaries.given([registered, received, redeemed('x-1', 30), refunded]).when(redeem('x-2', 40)).then([redeemed('x-2', 40)]);
  });

  it('erases a registered resident once', () => {
    const sealed = { sealed: 'aes-256-gcm' as const, iv: 'aXY=', tag: 'dGFn', ciphertext: 'c2VhbGVk' };
    const registered = { type: 'BeneficiaryRegistered' as const, data: { beneficiaryId: 'b-1', communityId, personal: sealed } };
    const erased = { type: 'BeneficiaryErased' as const, data: { beneficiaryId: 'b-1', communityId } };
    beneficiaries.given([registered]).when({ type: 'EraseBeneficiary', beneficiaryId: 'b-1' }).then([erased]);
    beneficiaries.given([registered, erased]).when({ type: 'EraseBeneficiary', beneficiaryId: 'b-1' }).thenThrows('BENEFICIARY_ALREADY_ERASED');
    beneficiaries.given([]).when({ type: 'EraseBeneficiary', beneficiaryId: 'b-1' }).thenThrows('BENEFICIARY_NOT_FOUND');
  });
});
