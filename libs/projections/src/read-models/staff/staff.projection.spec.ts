import type { StaffEvent } from '@shiji/domain';
import { staffProjection } from '@shiji/projections';
import { occurredAtOf as at, projectionSpecification } from '../../../../../test/support/projection-specification';

const spec = projectionSpecification(staffProjection);


const registered: StaffEvent = { type: 'StaffRegistered', data: { staffId: 's-1', name: '王社工' } };
const granted = (communityId: string): StaffEvent => ({ type: 'StaffCommunityGranted', data: { staffId: 's-1', communityId } });
const revoked = (communityId: string): StaffEvent => ({ type: 'StaffCommunityRevoked', data: { staffId: 's-1', communityId } });

describe('the staff projection', () => {
  it('lists a staff member with no community until one is granted', () => {
    spec.given([]).when([registered]).then({ staff: { 's-1': { staffId: 's-1', name: '王社工', communities: [], registeredAt: at(1), grants: [] } } });
  });

  it('keeps the communities granted now and the history of every grant', () => {
    spec
      .given([registered, granted('c-1'), granted('c-2')])
      .when([revoked('c-1'), granted('c-1')])
      .then({
        staff: {
          's-1': expect.objectContaining({
            communities: ['c-2', 'c-1'],
            grants: [
              { communityId: 'c-1', grantedAt: at(2), revokedAt: at(4) },
              { communityId: 'c-2', grantedAt: at(3), revokedAt: null },
              { communityId: 'c-1', grantedAt: at(5), revokedAt: null },
            ],
          }),
        },
      });
  });

  it('ignores a grant to staff it never saw', () => {
    spec.given([]).when([granted('c-1')]).thenNothingWritten();
  });
});
