/**
 * Why readers can trust `transaction_id < pg_snapshot_xmin(pg_current_snapshot())`:
 *
 * 1. Every appending transaction gets its transaction id and its positions
 *    in one critical section under a session advisory lock, and the id is
 *    assigned there (the function refuses a transaction that has one
 *    already). Transaction ids grow monotonically, so for any two appenders
 *    A and B: txid(A) < txid(B) exactly when A's positions are below B's.
 * 2. A snapshot's xmin is the oldest transaction still running when it was
 *    taken, so every transaction with a lower id has committed or aborted,
 *    and the committed ones are visible to that snapshot.
 * 3. Hence when a reader sees an event at position p (its txid is below the
 *    horizon), every event below p came from a transaction with a txid below
 *    the horizon too: it is visible now or will never be. Nothing can appear
 *    later below a position a reader has passed, and a subscriber that reads
 *    `position > checkpoint` under the horizon misses nothing.
 *
 * The lock is session-level and released as soon as the positions are
 * reserved, not at commit: appenders serialise only for the id and sequence
 * calls and still share group commit. A transaction-level lock would hold
 * every appender behind the slowest commit.
 *
 * The exception block releases the lock on any error (query_canceled is not
 * part of OTHERS); session locks survive a rollback, and a leaked one would
 * stall every appender until the connection closes.
 *
 * The key (7358, 1) uses the two-integer key space, apart from the bigint
 * keys the migration runner and the projection runner use; the per-stream
 * append locks use class 7359 (see append-function.sql.ts).
 *
 * Positions are contiguous (nextval, then setval past the last one) because
 * nothing else draws from shiji_event_position.
 */
export const createReservePositionsFunction = `
CREATE FUNCTION shiji_reserve_positions(p_count integer, OUT reserved_transaction_id xid8, OUT first_position bigint)
LANGUAGE plpgsql AS $$
BEGIN
  IF p_count < 1 THEN
    RAISE EXCEPTION 'shiji_reserve_positions: count must be positive, got %', p_count USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF pg_current_xact_id_if_assigned() IS NOT NULL THEN
    RAISE EXCEPTION 'shiji_reserve_positions must assign the transaction id: run the append before anything else writes in its transaction'
      USING ERRCODE = 'invalid_transaction_state';
  END IF;
  BEGIN
    PERFORM pg_advisory_lock(7358, 1);
    reserved_transaction_id := pg_current_xact_id();
    first_position := nextval('shiji_event_position');
    IF p_count > 1 THEN
      PERFORM setval('shiji_event_position', first_position + p_count - 1);
    END IF;
    PERFORM pg_advisory_unlock(7358, 1);
  EXCEPTION WHEN OTHERS OR query_canceled THEN
    IF EXISTS (
      SELECT 1 FROM pg_locks
      WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted
        AND classid = 7358 AND objid = 1 AND objsubid = 2
    ) THEN
      PERFORM pg_advisory_unlock(7358, 1);
    END IF;
    RAISE;
  END;
END;
$$;
`;

export const dropReservePositionsFunction = 'DROP FUNCTION shiji_reserve_positions(integer);';
