import { toDomainEvent } from '@shiji/domain';
import type { StoredEvent } from '@shiji/event-store';
import type { DocumentStore } from '../../runner/document-store';
import type { DocumentRef, Projection } from '../../runner/projection';
import type { StaffView } from './staff-view';

const STAFF_EVENTS = new Set(['StaffRegistered', 'StaffCommunityGranted', 'StaffCommunityRevoked']);

/** Staff members and the communities granted to them, with the history of each grant. */
export const staffProjection: Projection = {
  name: 'staff',
  collections: [{ name: 'staff', columns: [] }],

  needs(stored: StoredEvent): DocumentRef[] {
    return STAFF_EVENTS.has(stored.type) ? [{ collection: 'staff', id: String(stored.data.staffId) }] : [];
  },

  apply(stored: StoredEvent, documents: DocumentStore): void {
    if (!STAFF_EVENTS.has(stored.type)) return;
    const event = toDomainEvent(stored);
    const at = stored.metadata.occurredAt;
    const put = (view: StaffView) => documents.put('staff', view.staffId, view, stored.position);
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
        return;
    }
  },
};
