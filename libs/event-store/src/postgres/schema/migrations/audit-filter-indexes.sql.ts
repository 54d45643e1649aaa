/**
 * The audit log's filters by community, by actor and by volunteer named in
 * the data (schema/audit.sql.ts), each with the position after it so a page
 * is read in log order straight from the index: on a long log a filter that
 * matches a few events among millions otherwise walks the whole log. The
 * expressions must stay exactly as READ_AUDIT_PAGE writes them, or the
 * planner cannot use them.
 */
export const createAuditFilterIndexes = `
CREATE INDEX IF NOT EXISTS shiji_events_community_position_idx ON shiji_events ((metadata->>'communityId'), position);
CREATE INDEX IF NOT EXISTS shiji_events_actor_position_idx ON shiji_events ((metadata->'actor'->>'id'), position);
CREATE INDEX IF NOT EXISTS shiji_events_volunteer_position_idx ON shiji_events ((data->>'volunteerId'), position);
`;

export const dropAuditFilterIndexes = `
DROP INDEX IF EXISTS shiji_events_community_position_idx;
DROP INDEX IF EXISTS shiji_events_actor_position_idx;
DROP INDEX IF EXISTS shiji_events_volunteer_position_idx;
`;
