import { Inject, Injectable } from '@nestjs/common';
import {
  accountStream,
  DomainError,
  timeAccountDecider,
  volunteerDecider,
  volunteerStream,
  type AccountCommand,
  type DomainErrorCode,
  type RecordService,
} from '@shiji/domain';
import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress, RedemptionView } from '@shiji/projections';
import { PROJECTION_PROGRESS } from '../../../projections/projection-progress.provider';
import { ReadModels } from '../../../read-side/read-models';
import type { CommandContext } from '../../../write-side/command-context';
import { EventSourcedRepository } from '../../../write-side/event-sourced-repository';
import type { RedemptionProvider } from './redemptions.commands';

const CATCH_UP_MS = 5000;

export interface Redemption {
  volunteerId: string;
  minutes: number;
  description: string;
  requestId: string | null;
  provider: RedemptionProvider | null;
}

export interface RedemptionOutcome {
  redemptionId: string;
  volunteerId: string;
  minutes: number;
  creditMinutes: number | null;
  providerRecordId: string | null;
  position: number | null;
}

/** A retry of the same request (same derived ids) finds its own earlier events: that is success, not a conflict. */
async function unlessAlready<T>(code: DomainErrorCode, write: () => Promise<T>): Promise<T | null> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof DomainError && error.code === code) return null;
    throw error;
  }
}

/**
 * Spending a card holder's credits, and crediting the volunteer who gave the
 * service. The provider's record is decided first, so a refusal (overlap,
 * suspended volunteer…) stops the redemption before anything is debited.
 */
@Injectable()
export class RedemptionService {
  constructor(private readonly repository: EventSourcedRepository) {}

  async redeem(context: CommandContext, redemption: Redemption): Promise<RedemptionOutcome> {
    const redemptionId = context.newId('redemption');
    const providerRecordId = redemption.provider ? context.newId('record') : null;
    const { state: holder } = await this.repository.load(volunteerStream(redemption.volunteerId), volunteerDecider);

    let record: RecordService | null = null;
    let providerCommunity: string | undefined;
    if (redemption.provider && providerRecordId) {
      const { volunteerId, startedAt, category } = redemption.provider;
      const [{ state: volunteer }, { state: account }] = await Promise.all([
        this.repository.load(volunteerStream(volunteerId), volunteerDecider),
        this.repository.load(accountStream(volunteerId), timeAccountDecider),
      ]);
      providerCommunity = volunteer.exists ? volunteer.communityId : undefined;
      record = {
        type: 'RecordService',
        recordId: providerRecordId,
        volunteerId,
        volunteer,
        activity: null,
        activityId: null,
        category: category ?? 'other',
        description: redemption.description,
        startedAt,
        minutes: redemption.minutes,
        verify: true,
        redemptionId,
        now: context.now,
      };
      // Would the provider's record be refused? Then refuse before debiting (a retry finds its record already there).
      if (!account.records.has(providerRecordId)) timeAccountDecider.decide(record, account);
    }

    let creditMinutes: number | null = null;
    const debit = await unlessAlready('REDEMPTION_ALREADY_EXISTS', () =>
      this.repository.handle(
        accountStream(redemption.volunteerId),
        timeAccountDecider,
        (state): AccountCommand => {
          creditMinutes = state.creditMinutes - redemption.minutes;
          return {
            type: 'RedeemCredits',
            volunteerId: redemption.volunteerId,
            redemptionId,
            minutes: redemption.minutes,
            description: redemption.description,
            requestId: redemption.requestId,
            providerVolunteerId: redemption.provider?.volunteerId ?? null,
          };
        },
        context,
        () => (holder.exists ? holder.communityId : undefined),
      ),
    );
    if (!debit) creditMinutes = null;

    let position = debit?.position ?? null;
    if (record) {
      const command = record;
      const credited = await unlessAlready('SERVICE_RECORD_ALREADY_EXISTS', () =>
        this.repository.handle(accountStream(command.volunteerId), timeAccountDecider, command, context, () => providerCommunity),
      );
      position = credited?.position ?? position;
    }
    return { redemptionId, volunteerId: redemption.volunteerId, minutes: redemption.minutes, creditMinutes, providerRecordId, position };
  }
}

/** Which card holder a redemption debited: from the read model, letting it catch up to the last committed event first if needed. */
@Injectable()
export class RedemptionHolder {
  constructor(
    private readonly readModels: ReadModels,
    @Inject(PROJECTION_PROGRESS) private readonly progress: ProjectionProgress,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async of(redemptionId: string): Promise<string> {
    const found = await this.readModels.findById<RedemptionView>('redemptions', redemptionId);
    if (found) return found.volunteerId;
    await this.progress.waitFor(await this.store.lastCommittedPosition(), CATCH_UP_MS);
    const afterCatchUp = await this.readModels.findById<RedemptionView>('redemptions', redemptionId);
    if (!afterCatchUp) throw new DomainError('REDEMPTION_NOT_FOUND', { redemptionId });
    return afterCatchUp.volunteerId;
  }
}
