import { Injectable } from '@nestjs/common';
import { DomainError } from '@shiji/domain';
import { ViewsCatchUp } from '../../projections/views-catch-up';
import { ReadModels } from '../../read-side/read-models';

/**
 * Which volunteer's account holds a record. Records are addressed by id
 * alone; the owner comes from the read model, which may not show a record a
 * few seconds old until it catches up.
 */
@Injectable()
export class ServiceRecordOwner {
  constructor(
    private readonly readModels: ReadModels,
    private readonly views: ViewsCatchUp,
  ) {}

  async of(recordId: string): Promise<{ volunteerId: string; communityId: string }> {
    const found = await this.views.find(() => this.readModels.findById<{ volunteerId: string; communityId: string }>('service_records', recordId));
    if (!found) throw new DomainError('SERVICE_RECORD_NOT_FOUND', { recordId });
    return found;
  }
}
