import { Injectable } from '@nestjs/common';
import { DomainError } from '@shiji/domain';
import type { RedemptionView } from '@shiji/projections';
import { ViewsCatchUp } from '../../../projections/views-catch-up';
import { ReadModels } from '../../../read-side/read-models';

/** Which card holder a redemption debited, from the read model (which may not show a redemption a few seconds old until it catches up). */
@Injectable()
export class RedemptionHolder {
  constructor(
    private readonly readModels: ReadModels,
    private readonly views: ViewsCatchUp,
  ) {}

  async of(redemptionId: string): Promise<string> {
    const found = await this.views.find(() => this.readModels.findById<RedemptionView>('redemptions', redemptionId));
    if (!found) throw new DomainError('REDEMPTION_NOT_FOUND', { redemptionId });
    return found.volunteerId;
  }
}
