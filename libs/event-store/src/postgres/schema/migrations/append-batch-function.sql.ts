/**
 * shiji_append_batch(streams, expected, counts, bodies): several appends, to
 * distinct streams, in one statement and so one transaction, one position
 * reservation and one commit. Item i appends the next counts[i] bodies to
 * streams[i] if expected[i] holds; each item gets its own outcome, exactly
 * as shiji_append would have given it alone: a refused item (wrong expected
 * revision, idempotency mismatch) appends nothing and does not stop the
 * others. The adapter gathers appends that arrive while earlier ones are in
 * flight into one call (group-appender.ts).
 *
 * Everything shiji_append says holds per item (append-function.sql.ts): the
 * body format, the order lock → idempotency → expected revision →
 * reservation, outcomes as rows, the hash chain. In addition:
 *
 * - A stream may appear once per call: two items for one stream would both
 *   be checked against the same revision.
 * - The stream locks are taken in ascending key order, so two batches that
 *   share streams wait for each other instead of deadlocking.
 * - Positions follow item order, then event order within an item.
 * - The idempotency lookup is one count of `event_id = ANY(...)` over every
 *   item's ids, answered by the unique index; only when it finds stored
 *   events (a retry: rare) are they attributed to items one by one.
 * - The latest revision of each stream is looked up as shiji_append does,
 *   the index read backwards with LIMIT 1.
 *
 * Errors are bad input, and the lost race shiji_append has too (another
 * append stored one of the event ids first): the adapter then appends the
 * batch's items one by one, each with shiji_append's retries.
 */
export const createAppendBatchFunction = `
CREATE OR REPLACE FUNCTION shiji_append_batch(p_stream_ids text[], p_expected text[], p_counts integer[], p_bodies text[])
RETURNS TABLE (item integer, outcome text, next_expected_revision integer, last_position bigint, actual_revision integer, stored_event_ids text[])
LANGUAGE plpgsql AS $$
DECLARE
  v_items integer := coalesce(cardinality(p_stream_ids), 0);
  v_count integer := coalesce(cardinality(p_bodies), 0);
  v_item_of integer[] := '{}';
  v_first integer[] := '{}';
  v_events jsonb[];
  v_event_ids uuid[];
  v_item_ids uuid[];
  v_currents integer[] := '{}';
  v_chains bytea[] := '{}';
  v_outcomes text[];
  v_stored_revisions integer[];
  v_stored_positions bigint[];
  v_stored_id_lists text[];
  v_stored record;
  v_revisions integer[];
  v_hashes bytea[];
  v_offsets integer[];
  v_last_offsets integer[];
  v_appending integer := 0;
  v_expected_holds boolean;
  v_current integer;
  v_chain bytea;
  v_key integer;
  v_reservation record;
  v_first_position bigint;
  i integer;
  j integer;
  k integer;
BEGIN
  -- Plain loops and single-row lookups throughout: PL/pgSQL runs them without planning anything per call,
  -- where set queries over generate_series were planned again on every call and doubled the cost of a batch of one.
  IF v_items = 0 OR v_count = 0 OR coalesce(cardinality(p_expected), 0) <> v_items OR coalesce(cardinality(p_counts), 0) <> v_items THEN
    RAISE EXCEPTION 'shiji_append_batch: one expected revision and one count per stream, and at least one body'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  FOR i IN 1 .. v_items LOOP
    IF p_stream_ids[i] IS NULL OR p_counts[i] IS NULL OR p_counts[i] < 1 THEN
      RAISE EXCEPTION 'shiji_append_batch: item % needs a stream id and a positive count', i USING ERRCODE = 'invalid_parameter_value';
    END IF;
    v_first := array_append(v_first, cardinality(v_item_of) + 1);
    FOR j IN 1 .. p_counts[i] LOOP
      v_item_of := array_append(v_item_of, i);
    END LOOP;
  END LOOP;
  IF cardinality(v_item_of) <> v_count THEN
    RAISE EXCEPTION 'shiji_append_batch: the counts add up to %, not to the % bodies', cardinality(v_item_of), v_count
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  IF v_items > 1 AND (SELECT count(DISTINCT s) FROM unnest(p_stream_ids) AS u(s)) <> v_items THEN
    RAISE EXCEPTION 'shiji_append_batch: each stream may appear once' USING ERRCODE = 'invalid_parameter_value';
  END IF;

  v_events := ARRAY(SELECT body::jsonb FROM unnest(p_bodies) WITH ORDINALITY AS b(body, ord) ORDER BY ord);
  IF EXISTS (
    SELECT 1 FROM unnest(v_events) WITH ORDINALITY AS e(body, ord)
    WHERE jsonb_typeof(body) IS DISTINCT FROM 'array' OR jsonb_array_length(body) <> 6
       OR body ->> 0 IS DISTINCT FROM p_stream_ids[v_item_of[ord]]
       OR (body ->> 1)::uuid::text IS DISTINCT FROM body ->> 1
       OR jsonb_typeof(body -> 4) IS DISTINCT FROM 'object' OR jsonb_typeof(body -> 5) IS DISTINCT FROM 'object'
  ) THEN
    RAISE EXCEPTION 'shiji_append_batch: each body must be [streamId, eventId (lowercase uuid), type, version, data, metadata] for its stream'
      USING ERRCODE = 'invalid_parameter_value';
  END IF;

  -- The per-stream locks of shiji_append, in ascending key order (see above).
  IF v_items = 1 THEN
    PERFORM pg_advisory_xact_lock(7359, hashtext(p_stream_ids[1]));
  ELSE
    FOR v_key IN SELECT DISTINCT hashtext(s) FROM unnest(p_stream_ids) AS u(s) ORDER BY 1 LOOP
      PERFORM pg_advisory_xact_lock(7359, v_key);
    END LOOP;
  END IF;

  v_event_ids := ARRAY(SELECT (body ->> 1)::uuid FROM unnest(v_events) WITH ORDINALITY AS b(body, ord) ORDER BY ord);
  v_outcomes := array_fill(NULL::text, ARRAY[v_items]);
  v_stored_revisions := array_fill(NULL::integer, ARRAY[v_items]);
  v_stored_positions := array_fill(NULL::bigint, ARRAY[v_items]);
  v_stored_id_lists := array_fill(NULL::text, ARRAY[v_items]);
  -- A count, not EXISTS: for EXISTS a plan cached while the log was small scans the table, hoping for an early
  -- match, and as there usually is none it would read the whole log on every append.
  IF (SELECT count(*) FROM shiji_events e WHERE e.event_id = ANY (v_event_ids)) > 0 THEN
    FOR i IN 1 .. v_items LOOP
      v_item_ids := v_event_ids[v_first[i] : v_first[i] + p_counts[i] - 1];
      SELECT count(*)::integer AS stored,
             count(*) FILTER (WHERE e.stream_id = p_stream_ids[i])::integer AS in_stream,
             count(DISTINCT e.revision - array_position(v_item_ids, e.event_id))::integer AS offsets,
             max(e.revision) AS last_revision,
             max(e.position) AS last_position,
             array_agg(e.event_id::text ORDER BY array_position(v_item_ids, e.event_id)) AS event_ids
        INTO v_stored
        FROM shiji_events e
       WHERE e.event_id = ANY (v_item_ids);
      IF v_stored.stored > 0 THEN
        -- The same events as one earlier append: all stored, in this stream, at consecutive revisions in this order.
        v_outcomes[i] := CASE WHEN v_stored.stored = p_counts[i] AND v_stored.in_stream = p_counts[i] AND v_stored.offsets = 1
                              THEN 'idempotent' ELSE 'idempotency_mismatch' END;
        v_stored_revisions[i] := v_stored.last_revision;
        v_stored_positions[i] := v_stored.last_position;
        -- One text per item (a text[][] must be rectangular); split again on return. Uuids hold no comma.
        v_stored_id_lists[i] := array_to_string(v_stored.event_ids, ',');
      END IF;
    END LOOP;
  END IF;

  v_revisions := array_fill(NULL::integer, ARRAY[v_count]);
  v_hashes := array_fill(NULL::bytea, ARRAY[v_count]);
  v_offsets := array_fill(NULL::integer, ARRAY[v_count]);
  v_last_offsets := array_fill(NULL::integer, ARRAY[v_items]);
  FOR i IN 1 .. v_items LOOP
    SELECT e.revision, e.hash INTO v_current, v_chain
      FROM shiji_events e WHERE e.stream_id = p_stream_ids[i]
      ORDER BY e.revision DESC LIMIT 1;
    IF NOT FOUND THEN
      v_current := -1;
      v_chain := NULL;
    END IF;
    v_currents := array_append(v_currents, v_current);
    CONTINUE WHEN v_outcomes[i] IS NOT NULL;
    v_expected_holds := CASE p_expected[i]
      WHEN 'any' THEN true
      WHEN 'no_stream' THEN v_current = -1
      WHEN 'stream_exists' THEN v_current >= 0
      ELSE p_expected[i]::integer = v_current
    END;
    IF NOT v_expected_holds THEN
      v_outcomes[i] := 'wrong_expected_revision';
      CONTINUE;
    END IF;
    v_outcomes[i] := 'appended';
    FOR j IN 1 .. p_counts[i] LOOP
      k := v_first[i] + j - 1;
      v_chain := sha256(convert_to(
        '[' || coalesce('"' || encode(v_chain, 'hex') || '"', 'null') || ',' || (v_current + j)::text || ',' || substr(p_bodies[k], 2),
        'UTF8'));
      v_hashes[k] := v_chain;
      v_revisions[k] := v_current + j;
      v_offsets[k] := v_appending;
      v_appending := v_appending + 1;
    END LOOP;
    v_last_offsets[i] := v_appending - 1;
  END LOOP;

  IF v_appending > 0 THEN
    SELECT * INTO v_reservation FROM shiji_reserve_positions(v_appending);
    v_first_position := v_reservation.first_position;
    INSERT INTO shiji_events (position, stream_id, revision, event_id, type, version, data, metadata, transaction_id, hash)
    SELECT v_first_position + v_offsets[e.ord], e.body ->> 0, v_revisions[e.ord],
           (e.body ->> 1)::uuid, e.body ->> 2, (e.body ->> 3)::integer, e.body -> 4, e.body -> 5,
           v_reservation.reserved_transaction_id, v_hashes[e.ord]
      FROM unnest(v_events) WITH ORDINALITY AS e(body, ord)
     WHERE v_revisions[e.ord] IS NOT NULL;
  END IF;

  FOR i IN 1 .. v_items LOOP
    item := i;
    outcome := v_outcomes[i];
    next_expected_revision := CASE outcome WHEN 'appended' THEN v_currents[i] + p_counts[i] WHEN 'idempotent' THEN v_stored_revisions[i] END;
    last_position := CASE outcome WHEN 'appended' THEN v_first_position + v_last_offsets[i] WHEN 'idempotent' THEN v_stored_positions[i] END;
    actual_revision := CASE outcome WHEN 'wrong_expected_revision' THEN v_currents[i] END;
    stored_event_ids := CASE WHEN outcome IN ('idempotent', 'idempotency_mismatch') THEN string_to_array(v_stored_id_lists[i], ',') END;
    RETURN NEXT;
  END LOOP;
END;
$$;
`;

export const dropAppendBatchFunction = 'DROP FUNCTION shiji_append_batch(text[], text[], integer[], text[]);';
