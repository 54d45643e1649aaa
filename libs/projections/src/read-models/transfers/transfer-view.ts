/**
 * A move of credit between two accounts, from its intent to its settlement.
 * Pending: the first account's event is stored, the second's is not yet;
 * the process manager takes it from there. The intent's event id, actor and
 * correlation are kept so the follow-up can be appended as it would have
 * been by the request that began the move.
 */
export interface TransferView extends Record<string, unknown> {
  transferId: string;
  kind: 'redemption';
  status: 'pending' | 'completed' | 'compensated';
  fromVolunteerId: string;
  toVolunteerId: string;
  minutes: number;
  communityId: string | null;
  redemptionId: string;
  description: string;
  providerRecord: { recordId: string; startedAt: string; category: string };
  intent: { eventId: string; position: number; actor: { id: string; role: string }; correlationId: string; at: string };
  settledAt: string | null;
  refusal: { code: string; details: Record<string, unknown> } | null;
}

export const transferIdOfRedemption = (redemptionId: string): string => `redemption:${redemptionId}`;
