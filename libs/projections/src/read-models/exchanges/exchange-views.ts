import type { QuotaPeriod, ServiceCategory } from '@shiji/domain';

export interface RedemptionView extends Record<string, unknown> {
  redemptionId: string;
  volunteerId: string;
  cardNumber: string;
  minutes: number;
  description: string;
  requestId: string | null;
  providerVolunteerId: string | null;
  redeemedAt: string;
  reversed: boolean;
  reversal: { reason: string; at: string } | null;
}

export type ServiceRequestViewStatus = 'open' | 'assigned' | 'completed' | 'cancelled';

export interface ServiceRequestView extends Record<string, unknown> {
  requestId: string;
  communityId: string;
  category: ServiceCategory;
  description: string;
  wantedMinutes: number;
  forVolunteerId: string | null;
  cardHolder: boolean;
  status: ServiceRequestViewStatus;
  providerVolunteerId: string | null;
  requestedAt: string;
  redemptionId: string | null;
  minutes: number | null;
  closedAt: string | null;
}

export interface PartnerView extends Record<string, unknown> {
  partnerId: string;
  name: string;
  kind: string;
  registeredAt: string;
}

export interface RewardView extends Record<string, unknown> {
  rewardId: string;
  partnerId: string;
  name: string;
  kind: string;
  minStarLevel: number;
  discountPercent: number;
  quota: { count: number; period: QuotaPeriod } | null;
  withdrawn: boolean;
  offeredAt: string;
}

export interface RewardClaimView extends Record<string, unknown> {
  claimId: string;
  volunteerId: string;
  rewardId: string;
  partnerId: string;
  starLevel: number;
  period: string | null;
  claimedAt: string;
}
