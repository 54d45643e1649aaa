import type { ActivityDetails, CertificateIssuer, SealedPersonalData, StoredPersonalData, VolunteerRecord } from '@shiji/domain';

export interface CommunityView extends Record<string, unknown> {
  communityId: string;
  name: string;
  registeredAt: string;
  /** Who issues its certificates; absent until an admin sets it. */
  issuer?: CertificateIssuer;
}

export interface TeamView extends Record<string, unknown> {
  teamId: string;
  communityId: string;
  name: string;
  specialty: string | null;
  members: string[];
  leaderId: string | null;
}

export interface VolunteerView extends Record<string, unknown> {
  volunteerId: string;
  communityId: string;
  /** Readable number (`K7M-000123`) from the community it registered in; kept when it moves. */
  volunteerNumber: string;
  /** As the log holds it (sealed); opened at query time with the volunteer's key. Null once erased. */
  personal: StoredPersonalData | null;
  erased: boolean;
  /** The identity document, sealed like `personal`; absent if never recorded, null once erased. */
  identityDocument?: SealedPersonalData | null;
  /** Training, commendations and evaluations; absent until the first. */
  record?: VolunteerRecord;
  partyMember: boolean;
  unitId: string | null;
  status: 'active' | 'suspended';
  teams: string[];
  registeredAt: string;
  moves: Array<{ fromCommunityId: string; toCommunityId: string; at: string }>;
}

/** How many volunteers a community has numbered (the last number given). */
export interface VolunteerNumberCounter extends Record<string, unknown> {
  communityId: string;
  last: number;
}

export interface ActivityView extends ActivityDetails, Record<string, unknown> {
  status: 'published' | 'cancelled';
  participants: Array<{ volunteerId: string; addedByStaff: boolean }>;
  /** In line for a place, first come first: the first takes the next place that comes free. */
  waiting: Array<{ volunteerId: string; addedByStaff: boolean }>;
  publishedAt: string;
}
