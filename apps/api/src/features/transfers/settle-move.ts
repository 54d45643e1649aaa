import { DomainError, type Refusal } from '@shiji/domain';

export interface Settlement {
  /** Why the second step was refused (the first was then compensated); null when it landed. */
  refusal: Refusal | null;
  /** The position of the step taken now; null when it had been taken before. */
  position: number | null;
}

/**
 * A move's second step, or its compensation when a rule refuses it now.
 * Called under the move's lock: `refusedBefore` reads the first account as
 * stored, so a move already compensated answers its refusal instead of
 * trying again, and a move is never both completed and compensated.
 */
export async function completeOrCompensate(steps: {
  refusedBefore: () => Promise<Refusal | null | undefined>;
  complete: () => Promise<number | null>;
  compensate: (refusal: Refusal) => Promise<number | null>;
}): Promise<Settlement> {
  const refused = await steps.refusedBefore();
  if (refused) return { refusal: refused, position: null };
  try {
    return { refusal: null, position: await steps.complete() };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const refusal: Refusal = { code: error.code, details: error.details };
    return { refusal, position: await steps.compensate(refusal) };
  }
}
