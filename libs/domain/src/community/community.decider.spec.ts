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
    expect(fold(communityDecider, [{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }])).toEqual({ exists: true, communityId: 'c-1', name: '北下街社区', issuer: null });
  });

  it('are registered once', () => {
    spec
      .given([{ type: 'CommunityRegistered', data: { communityId: 'c-1', name: '北下街社区' } }])
      .when({ type: 'RegisterCommunity', communityId: 'c-1', name: '另一个名字' })
      .thenThrows('COMMUNITY_ALREADY_EXISTS', { communityId: 'c-1' });
  });

  describe('the certificate issuer (出具单位)', () => {
    const registered = { type: 'CommunityRegistered' as const, data: { communityId: 'c-1', name: '北下街社区' } };
    const issuer = { organisationName: '北下街社区居民委员会', responsiblePerson: '王主任', handlingOfficer: '李干事', contactPhone: '0371-66661234', sealSha256: 'ab'.repeat(32) };

    it('is set by the community and read back from its state', () => {
      spec.given([registered]).when({ type: 'SetCertificateIssuer', communityId: 'c-1', issuer }).then([{ type: 'CertificateIssuerSet', data: { communityId: 'c-1', issuer } }]);
      expect(fold(communityDecider, [registered, { type: 'CertificateIssuerSet', data: { communityId: 'c-1', issuer } }])).toMatchObject({ issuer });
    });

    it('needs a community that exists', () => {
      spec.given([]).when({ type: 'SetCertificateIssuer', communityId: 'c-9', issuer }).thenThrows('COMMUNITY_NOT_FOUND', { communityId: 'c-9' });
    });
  });
});
