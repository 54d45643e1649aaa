import { fold, partnerDecider, partnerStream, rewardDecider, rewardStream, type RewardEvent, type RewardTerms } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const terms: RewardTerms = {
  rewardId: 'rw-1',
  partnerId: 'p-1',
  name: '家政服务八折',
  kind: 'housekeeping',
  minStarLevel: 5,
  discountPercent: 20,
  quota: { count: 1, period: 'month' },
};
const offered: RewardEvent = { type: 'RewardOffered', data: terms };
const withdrawn: RewardEvent = { type: 'RewardWithdrawn', data: { rewardId: 'rw-1', reason: '合作到期' } };

describe('partner institutions', () => {
  const spec = deciderSpecification(partnerDecider);
  const register = { type: 'RegisterPartner' as const, partnerId: 'p-1', name: '社区卫生服务中心', kind: 'clinic' };
  const registered = { type: 'PartnerRegistered' as const, data: { partnerId: 'p-1', name: '社区卫生服务中心', kind: 'clinic' } };

  it('have one stream each', () => {
    expect(partnerStream('p-1')).toBe('partner-p-1');
  });

  it('are registered', () => {
    spec.given([]).when(register).then([registered]);
    expect(fold(partnerDecider, [registered])).toEqual({ exists: true, partnerId: 'p-1', name: '社区卫生服务中心', kind: 'clinic' });
  });

  it('are registered once', () => {
    spec.given([registered]).when(register).thenThrows('PARTNER_ALREADY_EXISTS', { partnerId: 'p-1' });
  });
});

describe('rewards', () => {
  const spec = deciderSpecification(rewardDecider);

  it('have one stream each', () => {
    expect(rewardStream('rw-1')).toBe('reward-rw-1');
  });

  it('are offered by a registered partner, with their level, discount and quota', () => {
    spec.given([]).when({ type: 'OfferReward', terms, partnerExists: true }).then([offered]);
    expect(fold(rewardDecider, [offered])).toEqual({ ...terms, exists: true, withdrawn: false });
  });

  it('need the partner to exist', () => {
    spec.given([]).when({ type: 'OfferReward', terms, partnerExists: false }).thenThrows('PARTNER_NOT_FOUND', { partnerId: 'p-1' });
  });

  it('are offered once', () => {
    spec.given([offered]).when({ type: 'OfferReward', terms, partnerExists: true }).thenThrows('REWARD_ALREADY_EXISTS', { rewardId: 'rw-1' });
  });

  it('are withdrawn with a reason, once', () => {
    spec.given([offered]).when({ type: 'WithdrawReward', rewardId: 'rw-1', reason: '合作到期' }).then([withdrawn]);
    expect(fold(rewardDecider, [offered, withdrawn])).toMatchObject({ withdrawn: true });
    spec.given([offered, withdrawn]).when({ type: 'WithdrawReward', rewardId: 'rw-1', reason: '合作到期' }).thenThrows('REWARD_WITHDRAWN', { rewardId: 'rw-1' });
  });

  it('cannot withdraw what was never offered', () => {
    spec.given([]).when({ type: 'WithdrawReward', rewardId: 'rw-1', reason: '合作到期' }).thenThrows('REWARD_NOT_FOUND', { rewardId: 'rw-1' });
  });
});
