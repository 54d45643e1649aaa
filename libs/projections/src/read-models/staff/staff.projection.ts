import { assertNever } from '@shiji/domain';
import { defineProjection } from '../../runner/define-projection';
import type { StaffView } from './staff-view';

/** Staff members and the communities granted to them, with the history of each grant. */
export const staffProjection = defineProjection({
  name: 'staff',
  collections: [{ name: 'staff', columns: [] }],
  canHandle: ['StaffRegistered', 'StaffCommunityGranted', 'StaffCommunityRevoked'],

  needs: (event) => [{ collection: 'staff', id: event.data.staffId }],

  evolve(event, documents): void {
    const at = event.metadata.occurredAt;
    const put = (view: StaffView) => documents.put('staff', view.staffId, view, event.position);
    switch (event.type) {
      case 'StaffRegistered':
        return put({ staffId: event.data.staffId, name: event.data.name, communities: [], registeredAt: at, grants: [] });
      case 'StaffCommunityGranted':
      case 'StaffCommunityRevoked': {
        const staff = documents.get<StaffView>('staff', event.data.staffId);
        if (!staff) return;
        const { communityId } = event.data;
        if (event.type === 'StaffCommunityGranted') {
          return put({ ...staff, communities: [...staff.communities.filter((id) => id !== communityId), communityId], grants: [...staff.grants, { communityId, grantedAt: at, revokedAt: null }] });
        }
        const grants = staff.grants.map((grant) => (grant.communityId === communityId && grant.revokedAt === null ? { ...grant, revokedAt: at } : grant));
        return put({ ...staff, communities: staff.communities.filter((id) => id !== communityId), grants });
      }
      default:
        return assertNever(event);
    }
  },
});
