import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { LEDGER_KINDS, type LedgerEntry } from '@shiji/projections';
import { nullable, oneOf, pageSchema, responseSchema } from '../../platform/docs/response-schema';
import { PageQuery } from '../../read-side/pagination';

export class LedgerQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc', description: '按记账顺序 / in log order (asc) or newest first (desc)' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';
}

/** A ledger entry with what a person reads beside the delta: when the service was given, for which activity, or what the credits bought. */
export interface LedgerLine extends LedgerEntry {
  serviceStartedAt: string | null;
  category: string | null;
  activityId: string | null;
  activityTitle: string | null;
  description: string | null;
}

const STAR_LEVEL_CHANGE = { starLevel: 'integer', at: 'string', position: 'integer', cause: 'string' } as const;
export const CardSchema = responseSchema('TimeCard', { cardNumber: 'string', status: oneOf(['active', 'suspended', 'lost']), issuedAt: 'string' });

export const AccountSchema = responseSchema('Account', {
  volunteerId: 'string',
  lifetimeMinutes: 'integer',
  creditMinutes: 'integer',
  owes: 'boolean',
  starLevel: 'integer',
  starLevelSince: nullable(STAR_LEVEL_CHANGE),
  nextStarLevel: 'integer?',
  minutesToNextStar: 'integer?',
  levelHistory: [STAR_LEVEL_CHANGE],
  card: nullable(CardSchema),
  certifiedStarLevels: ['integer'],
  position: 'integer',
});

export const LedgerLineSchema = responseSchema('LedgerLine', {
  entryId: 'string',
  volunteerId: 'string',
  kind: oneOf(LEDGER_KINDS),
  reference: 'string',
  lifetimeDelta: 'integer',
  creditDelta: 'integer',
  lifetimeAfter: 'integer',
  creditAfter: 'integer',
  starLevelAfter: 'integer',
  reason: 'string?',
  eventId: 'string',
  position: 'integer',
  occurredAt: 'string',
  serviceStartedAt: 'string?',
  category: 'string?',
  activityId: 'string?',
  activityTitle: 'string?',
  description: 'string?',
});

export const LedgerPageSchema = pageSchema('LedgerPage', LedgerLineSchema);
