import { communityDecider, communityStream, fold } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

const spec = deciderSpecification(communityDecider);

describe('communities', () => {
  it('have one stream each', () => {
    expect(communityStream('c-1')).toBe('community-c-1');
  });

  it('are registered', () => {
    spec
      .given([])
      .when({ type: 'RegisterCommunity', communityId: 'c-1', name: '北下街社区' })
      .then([{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }]);
    expect(fold(communityDecider, [{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }])).toEqual({ exists: true, communityId: 'c-1', name: '北下街社区' });
  });

  it('are registered once', () => {
    spec
      .given([{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }])
      .when({ type: 'RegisterCommunity', communityId: 'c-1', name: '另一个名字' })
      .thenThrows('COMMUNITY_ALREADY_EXISTS', { communityId: 'c-1' });
  });
});
