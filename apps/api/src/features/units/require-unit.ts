import { requireActiveUnit, unitDecider, unitStream } from '@shiji/domain';
import type { EventSourcedRepository } from '../../write-side/event-sourced-repository';

/** A volunteer names a unit that exists and is not retired: 404 UNIT_NOT_FOUND or 409 UNIT_RETIRED otherwise. */
export async function requireActiveUnitExists(repository: EventSourcedRepository, unitId: string): Promise<void> {
  const { state } = await repository.load(unitStream(unitId), unitDecider);
  requireActiveUnit(state, unitId);
}
