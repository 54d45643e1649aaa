import { writeResultSchema } from '../../../platform/docs/response-schema';

/** creditMinutes: the holder's balance right after. */
export const CreditsRedeemedSchema = writeResultSchema('CreditsRedeemed', { redemptionId: 'string', volunteerId: 'string', minutes: 'integer', creditMinutes: 'integer', providerRecordId: 'string?' });
export const RedemptionReversedSchema = writeResultSchema('RedemptionReversed', { redemptionId: 'string', volunteerId: 'string', minutes: 'integer', creditMinutes: 'integer' });
