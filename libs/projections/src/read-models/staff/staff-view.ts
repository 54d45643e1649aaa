export interface StaffView extends Record<string, unknown> {
  staffId: string;
  name: string;
  /** The communities currently granted. */
  communities: string[];
  registeredAt: string;
  grants: Array<{ communityId: string; grantedAt: string; revokedAt: string | null }>;
}
