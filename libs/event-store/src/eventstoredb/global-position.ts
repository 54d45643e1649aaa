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

/** The server's "no position": -1 sent as an unsigned 64-bit number. */
const NO_POSITION = 2n ** 63n;

/**
 * Some server versions report no commit position on stream reads but do
 * report the prepare position, which for our appends is the same number.
 */
export function globalPositionOf(position: Position | undefined, eventId: string): number {
  const known = [position?.commit, position?.prepare].find((value) => value !== undefined && value < NO_POSITION);
  if (known === undefined || known > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new Error(`EventStoreDB reported no usable $all position for event ${eventId}`);
  }
  return Number(known);
}
