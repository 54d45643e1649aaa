import { START, type Position, type ReadPosition } from '@eventstore/db-client';

/**
 * The port's global position is EventStoreDB's $all commit position, as a JS
 * number. Events appended through gRPC are written in one implicit transaction
 * per append, so their commit and prepare positions are equal and one number
 * is a complete $all position: resuming from p means { commit: p, prepare: p }.
 * Positions are byte offsets in the log; a number holds them exactly up to 2^53 bytes.
 */
export function allPositionAt(position: number): ReadPosition {
  return position <= 0 ? START : { commit: BigInt(position), prepare: BigInt(position) };
}

/** The server reports "no position" as the unsigned 64-bit form of -1. */
const NO_POSITION = 2n ** 63n;

export function globalPositionOf(position: Position | undefined, eventId: string): number {
  const commit = position?.commit;
  if (commit === undefined || commit >= NO_POSITION || commit > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`EventStoreDB reported no usable $all position for event ${eventId}`);
  }
  return Number(commit);
}
