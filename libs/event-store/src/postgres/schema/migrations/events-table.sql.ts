/**
 * The log. `position` has no default on purpose: rows must come from
 * shiji_append, which takes positions from `shiji_event_position` under the
 * reservation lock (see reserve-positions.sql.ts), or ordering breaks.
 */
export const createEventsTable = `
CREATE SEQUENCE shiji_event_position AS bigint MINVALUE 1 START 1 CACHE 1;

CREATE TABLE shiji_events (
  position       bigint      NOT NULL,
  stream_id      text        NOT NULL,
  revision       integer     NOT NULL CHECK (revision >= 0),
  event_id       uuid        NOT NULL,
  type           text        NOT NULL,
  version        integer     NOT NULL,
  data           jsonb       NOT NULL,
  metadata       jsonb       NOT NULL,
  recorded_at    timestamptz NOT NULL DEFAULT now(),
  transaction_id xid8        NOT NULL,
  hash           bytea       NOT NULL,
  CONSTRAINT shiji_events_pkey PRIMARY KEY (position),
  CONSTRAINT shiji_events_stream_revision_key UNIQUE (stream_id, revision),
  CONSTRAINT shiji_events_event_id_key UNIQUE (event_id)
);

-- Type-filtered subscriptions and audits walk one type in log order.
CREATE INDEX shiji_events_type_position_idx ON shiji_events (type, position);

CREATE FUNCTION shiji_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'shiji_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER shiji_events_append_only
  BEFORE UPDATE OR DELETE ON shiji_events
  FOR EACH ROW EXECUTE FUNCTION shiji_events_refuse_change();

CREATE TRIGGER shiji_events_no_truncate
  BEFORE TRUNCATE ON shiji_events
  FOR EACH STATEMENT EXECUTE FUNCTION shiji_events_refuse_change();
`;

export const dropEventsTable = `
DROP TABLE shiji_events;
DROP FUNCTION shiji_events_refuse_change();
DROP SEQUENCE shiji_event_position;
`;
