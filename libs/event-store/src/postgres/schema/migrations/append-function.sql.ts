/**
 * Since AddAppendBatchFunction1764600000000, shiji_append is a batch of one
 * (append-batch-function.sql.ts, which keeps every rule below). This body is
 * what the earlier migrations install and what that migration's down()
 * puts back.
 *
 * shiji_append(stream, expected, bodies): the whole append in one statement,
 * so an adapter call is one round trip and, run outside an explicit
 * transaction, one implicit transaction.
 *
 * `expected` is 'no_stream', 'stream_exists', 'any' or a revision in decimal.
 * Each body is the canonical JSON [streamId, eventId, type, version, data,
 * metadata] (canonicalEventBody): the stored columns are parsed from it and
 * the hash is taken over it, so what is stored and what is hashed cannot
 * disagree.
 *
 * Order: the stream's lock, then idempotency (a retry succeeds whatever
 * revision it expects), then the expected revision, and only then the
 * position reservation, so a refused append never takes the reservation
 * lock or a transaction id. Outcomes come back as rows rather than
 * exceptions; the only errors are bad input and the rare lost race (a
 * unique violation when another stream's append stored the same event id
 * first), which the adapter retries.
 *
 * No NOTIFY here: PostgreSQL serialises the commits of notifying
 * transactions on one global lock, which would undo group commit. The
 * adapter notifies after the commit instead.
 *
 * The idempotency check looks the ids up with `event_id = ANY(...)`, which
 * the unique index answers. It used to join the unnested bodies to the
 * table; PL/pgSQL caches a generic plan for that join, and a plan made
 * while the log was small kept scanning the whole table as it grew. Both
 * shapes return the same rows, so ReplaceAppendFunction1764500000000 swaps
 * the body in on existing databases and has nothing to undo.
 */
export const createAppendFunction = `
CREATE OR REPLACE FUNCTION shiji_append(p_stream_id text, p_expected text, p_bodies text[])
RETURNS TABLE (outcome text, next_expected_revision integer, last_position bigint, actual_revision integer, stored_event_ids text[])
LANGUAGE plpgsql AS $$
DECLARE
  v_count integer := coalesce(cardinality(p_bodies), 0);
  v_events jsonb[];
  v_event_ids uuid[];
  v_stored record;
  v_current integer := -1;
  v_expected_holds boolean;
  v_chain bytea;
  v_hashes bytea[] := '{}';
  v_reservation record;
BEGIN
  IF v_count = 0 THEN
    RAISE EXCEPTION 'shiji_append: no events' USING ERRCODE = 'invalid_parameter_value';
  END IF;

  v_events := ARRAY(SELECT body::jsonb FROM unnest(p_bodies) WITH ORDINALITY AS b(body, ord) ORDER BY ord);
  IF EXISTS (
    SELECT 1 FROM unnest(v_events) AS e(body)
    WHERE jsonb_typeof(body) IS DISTINCT FROM 'array' OR jsonb_array_length(body) <> 6
       OR body ->> 0 IS DISTINCT FROM p_stream_id
       OR (body ->> 1)::uuid::text IS DISTINCT FROM body ->> 1
       OR jsonb_typeof(body -> 4) IS DISTINCT FROM 'object' OR jsonb_typeof(body -> 5) IS DISTINCT FROM 'object'
  ) THEN
    RAISE EXCEPTION 'shiji_append: each body must be [streamId, eventId (lowercase uuid), type, version, data, metadata] for stream %', p_stream_id
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  -- Appends to one stream queue here until the previous one commits (a transaction lock, taken before any
  -- transaction id), so the checks below read the stream's latest committed state instead of losing a race.
  -- Other streams pass, save the rare hashtext collision, which only queues two streams together.
  PERFORM pg_advisory_xact_lock(7359, hashtext(p_stream_id));

  v_event_ids := ARRAY(SELECT (body ->> 1)::uuid FROM unnest(v_events) WITH ORDINALITY AS b(body, ord) ORDER BY ord);
  SELECT count(*)::integer AS stored,
         count(*) FILTER (WHERE e.stream_id = p_stream_id)::integer AS in_stream,
         count(DISTINCT e.revision - array_position(v_event_ids, e.event_id))::integer AS offsets,
         max(e.revision) AS last_revision,
         max(e.position) AS last_position,
         array_agg(e.event_id::text ORDER BY array_position(v_event_ids, e.event_id)) AS event_ids
    INTO v_stored
    FROM shiji_events e
   WHERE e.event_id = ANY (v_event_ids);
  IF v_stored.stored > 0 THEN
    -- The same events as one earlier append: all stored, in this stream, at consecutive revisions in this order.
    IF v_stored.stored = v_count AND v_stored.in_stream = v_count AND v_stored.offsets = 1 THEN
      RETURN QUERY SELECT 'idempotent', v_stored.last_revision, v_stored.last_position, NULL::integer, v_stored.event_ids;
    ELSE
      RETURN QUERY SELECT 'idempotency_mismatch', NULL::integer, NULL::bigint, NULL::integer, v_stored.event_ids;
    END IF;
    RETURN;
  END IF;

  SELECT e.revision, e.hash INTO v_current, v_chain
    FROM shiji_events e WHERE e.stream_id = p_stream_id
    ORDER BY e.revision DESC LIMIT 1;
  IF NOT FOUND THEN
    v_current := -1;
    v_chain := NULL;
  END IF;

  v_expected_holds := CASE p_expected
    WHEN 'any' THEN true
    WHEN 'no_stream' THEN v_current = -1
    WHEN 'stream_exists' THEN v_current >= 0
    ELSE p_expected::integer = v_current
  END;
  IF NOT v_expected_holds THEN
    RETURN QUERY SELECT 'wrong_expected_revision', NULL::integer, NULL::bigint, v_current, NULL::text[];
    RETURN;
  END IF;

  FOR i IN 1 .. v_count LOOP
    v_chain := sha256(convert_to(
      '[' || coalesce('"' || encode(v_chain, 'hex') || '"', 'null') || ',' || (v_current + i)::text || ',' || substr(p_bodies[i], 2),
      'UTF8'));
    v_hashes := array_append(v_hashes, v_chain);
  END LOOP;

  SELECT * INTO v_reservation FROM shiji_reserve_positions(v_count);

  INSERT INTO shiji_events (position, stream_id, revision, event_id, type, version, data, metadata, transaction_id, hash)
  SELECT v_reservation.first_position + e.ord - 1, p_stream_id, v_current + e.ord::integer,
         (e.body ->> 1)::uuid, e.body ->> 2, (e.body ->> 3)::integer, e.body -> 4, e.body -> 5,
         v_reservation.reserved_transaction_id, v_hashes[e.ord]
    FROM unnest(v_events) WITH ORDINALITY AS e(body, ord);

  RETURN QUERY SELECT 'appended', v_current + v_count, v_reservation.first_position + v_count - 1, NULL::integer, NULL::text[];
END;
$$;
`;

export const dropAppendFunction = 'DROP FUNCTION shiji_append(text, text, text[]);';
