export type InvitedRole = 'staff' | 'admin' | 'auditor';

/** What the invitation form starts with: an already registered staff member's id, name and communities, say. */
export interface InvitePreset {
  role?: InvitedRole;
  name?: string;
  staffId?: string;
  communityIds?: string[];
}
