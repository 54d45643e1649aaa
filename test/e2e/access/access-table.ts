/**
 * Who may do what: every route of the api against each role, the
 * documentation and the test in one (README "Who may do what" is rendered
 * from it and checked against it).
 *
 * Callers: a volunteer (V1, about their own records unless the path names
 * V2), staff of community A, staff of community B ("staff B"), an admin and
 * an auditor. Targets live in A. Write bodies carry the fields access is
 * decided on plus one unknown field, so a caller that passes access control
 * gets 400 from validation and nothing is written.
 *
 * Cells: a status; F = 403 FORBIDDEN (the role may not), S = 403
 * OUT_OF_SCOPE (the role may, but not on this volunteer or community).
 */
export type Cell = number | 'F' | 'S';

export const CALLERS = ['volunteer', 'staff', 'staff B', 'admin', 'auditor'] as const;

export interface AccessRow {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The route as declared, for the coverage check and the README. */
  route: string;
  /** The path requested: placeholders {V1} {V2} {A} {team} {activity} {record} {record2} {redemption} {request} {application} {unit} {project} {agreement} {pairing} {need}. */
  path: string;
  body?: Record<string, unknown>;
  expect: readonly [Cell, Cell, Cell, Cell, Cell];
}

const x = { unexpected: true };

export const ACCESS_TABLE: readonly AccessRow[] = [
  { method: 'GET', route: '/v1/me', path: '/v1/me', expect: [200, 200, 200, 200, 200] },
  { method: 'POST', route: '/v1/sessions', path: '/v1/sessions', body: x, expect: [400, 400, 400, 400, 400] },
  { method: 'POST', route: '/v1/sessions/refresh', path: '/v1/sessions/refresh', body: x, expect: [400, 400, 400, 400, 400] },
  { method: 'DELETE', route: '/v1/sessions/current', path: '/v1/sessions/current', expect: [409, 409, 409, 409, 409] },
  { method: 'GET', route: '/v1/me/sessions', path: '/v1/me/sessions', expect: [200, 200, 200, 200, 200] },
  { method: 'DELETE', route: '/v1/me/sessions/:sessionId', path: '/v1/me/sessions/00000000-0000-4000-8000-000000000000', expect: [404, 404, 404, 404, 404] },
  { method: 'PUT', route: '/v1/me/password', path: '/v1/me/password', body: x, expect: [400, 400, 400, 400, 400] },
  { method: 'POST', route: '/v1/activations', path: '/v1/activations', body: x, expect: [400, 400, 400, 400, 400] },
  { method: 'POST', route: '/v1/invitations', path: '/v1/invitations', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/activation-codes', path: '/v1/volunteers/{V2}/activation-codes', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/people', path: '/v1/people', expect: ['F', 'F', 'F', 200, 200] },
  { method: 'POST', route: '/v1/people/:personId/sign-in-codes', path: '/v1/people/00000000-0000-4000-8000-000000000000/sign-in-codes', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'DELETE', route: '/v1/people/:personId/sessions', path: '/v1/people/00000000-0000-4000-8000-000000000000/sessions', expect: ['F', 'F', 'F', 404, 'F'] },
  { method: 'GET', route: '/v1/communities', path: '/v1/communities', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/v1/communities/:communityId', path: '/v1/communities/{A}', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/v1/communities/:communityId/statistics', path: '/v1/communities/{A}/statistics?year=2025', expect: ['F', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/communities', path: '/v1/communities', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'POST', route: '/v1/teams', path: '/v1/teams', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/teams', path: '/v1/teams?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/teams/:teamId', path: '/v1/teams/{team}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'DELETE', route: '/v1/teams/:teamId/members/:volunteerId', path: '/v1/teams/{team}/members/nobody', expect: ['F', 409, 'S', 409, 'F'] },
  { method: 'POST', route: '/v1/teams/:teamId/leader', path: '/v1/teams/{team}/leader', body: { volunteerId: '{V2}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/teams/:teamId/members', path: '/v1/teams/{team}/members', body: { volunteerId: '{V2}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/volunteers', path: '/v1/volunteers', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/volunteers', path: '/v1/volunteers?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers', path: '/v1/volunteers', expect: ['F', 'S', 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId', path: '/v1/volunteers/{V1}', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId', path: '/v1/volunteers/{V2}', expect: ['S', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/moves', path: '/v1/volunteers/{V2}/moves', body: { toCommunityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/suspension', path: '/v1/volunteers/{V2}/suspension', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/reinstatement', path: '/v1/volunteers/{V2}/reinstatement', expect: ['F', 409, 'S', 409, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/erasure', path: '/v1/volunteers/no-such-volunteer/erasure', expect: ['F', 'F', 'F', 404, 'F'] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/account', path: '/v1/volunteers/{V1}/account', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/account', path: '/v1/volunteers/{V2}/account', expect: ['S', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/ledger', path: '/v1/volunteers/{V1}/ledger', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/service-records', path: '/v1/volunteers/{V1}/service-records', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/service-records', path: '/v1/volunteers/{V2}/service-records', expect: ['S', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/rewards', path: '/v1/volunteers/{V1}/rewards', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/certificate', path: '/v1/volunteers/{V1}/certificate?year=2025', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/certificate', path: '/v1/volunteers/{V2}/certificate?year=2025', expect: ['S', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/certificates/:code', path: '/v1/certificates/NO-SUCH-CODE', expect: [404, 404, 404, 404, 404] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/card', path: '/v1/volunteers/{V2}/card', expect: ['F', 409, 'S', 409, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/card/suspension', path: '/v1/volunteers/{V2}/card/suspension', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/card/reinstatement', path: '/v1/volunteers/{V2}/card/reinstatement', expect: ['F', 409, 'S', 409, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/card/loss', path: '/v1/volunteers/{V2}/card/loss', expect: ['F', 409, 'S', 409, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/card/reissue', path: '/v1/volunteers/{V2}/card/reissue', expect: ['F', 409, 'S', 409, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/certifications', path: '/v1/volunteers/{V2}/certifications', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/honours/badges-due', path: '/v1/honours/badges-due?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/honour-roll', path: '/v1/honour-roll?year=2025', expect: [200, 200, 200, 200, 200] },
  { method: 'POST', route: '/v1/activities', path: '/v1/activities', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/activities', path: '/v1/activities', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/v1/activities/:activityId', path: '/v1/activities/{activity}', expect: [200, 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/activities/:activityId/signups', path: '/v1/activities/{activity}/signups', body: { volunteerId: '{V1}', ...x }, expect: [400, 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/activities/:activityId/signups', path: '/v1/activities/{activity}/signups', body: { volunteerId: '{V2}', ...x }, expect: ['S', 400, 'S', 400, 'F'] },
  { method: 'DELETE', route: '/v1/activities/:activityId/signups/:volunteerId', path: '/v1/activities/{activity}/signups/{V1}', expect: [409, 409, 'S', 409, 'F'] },
  { method: 'DELETE', route: '/v1/activities/:activityId/signups/:volunteerId', path: '/v1/activities/{activity}/signups/{V2}', expect: ['S', 409, 'S', 409, 'F'] },
  { method: 'POST', route: '/v1/activities/:activityId/rescheduling', path: '/v1/activities/{activity}/rescheduling', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/activity-series', path: '/v1/activity-series', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/activities/:activityId/attendance', path: '/v1/activities/{activity}/attendance', body: x, expect: [400, 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/activities/:activityId/cancellation', path: '/v1/activities/{activity}/cancellation', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/service-records', path: '/v1/service-records?communityId={A}&status=pending', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/service-records', path: '/v1/service-records?volunteerId={V2}', expect: ['S', 'S', 'S', 200, 200] },
  { method: 'POST', route: '/v1/service-records', path: '/v1/service-records', body: { volunteerId: '{V1}', ...x }, expect: [400, 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/service-records', path: '/v1/service-records', body: { volunteerId: '{V2}', ...x }, expect: ['S', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/service-records/:recordId', path: '/v1/service-records/{record}', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/service-records/:recordId', path: '/v1/service-records/{record2}', expect: ['S', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/service-records/:recordId/verify', path: '/v1/service-records/{record}/verify', expect: ['F', 200, 'S', 200, 'F'] },
  { method: 'POST', route: '/v1/service-records/:recordId/rejection', path: '/v1/service-records/{record}/rejection', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/service-records/:recordId/corrections', path: '/v1/service-records/{record}/corrections', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/policy', path: '/v1/policy', expect: [200, 200, 200, 200, 200] },
  { method: 'PUT', route: '/v1/policy/star-levels', path: '/v1/policy/star-levels', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'PUT', route: '/v1/policy/card', path: '/v1/policy/card', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'GET', route: '/v1/redemptions', path: '/v1/redemptions?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/redemptions', path: '/v1/redemptions?status=active&sort=-minutes', expect: ['F', 'S', 'S', 200, 200] },
  { method: 'GET', route: '/v1/redemptions/:redemptionId', path: '/v1/redemptions/{redemption}', expect: [200, 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/redemptions', path: '/v1/redemptions', body: { volunteerId: '{V1}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/redemptions/:redemptionId/reversal', path: '/v1/redemptions/{redemption}/reversal', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/partners', path: '/v1/partners', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/v1/partners/:partnerId', path: '/v1/partners/teahouse', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/v1/rewards', path: '/v1/rewards', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/v1/rewards/:rewardId', path: '/v1/rewards/tea', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/v1/reward-claims', path: '/v1/reward-claims?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/partners', path: '/v1/partners', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'POST', route: '/v1/rewards', path: '/v1/rewards', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'POST', route: '/v1/rewards/:rewardId/withdrawal', path: '/v1/rewards/tea/withdrawal', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'POST', route: '/v1/rewards/:rewardId/claims', path: '/v1/rewards/tea/claims', body: { volunteerId: '{V1}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/service-requests', path: '/v1/service-requests', body: { communityId: '{A}', ...x }, expect: [400, 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/service-requests', path: '/v1/service-requests?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/service-requests', path: '/v1/service-requests?status=all&sort=-date', expect: ['F', 'S', 'S', 200, 200] },
  { method: 'GET', route: '/v1/service-requests/:requestId', path: '/v1/service-requests/{request}', expect: [200, 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/service-requests/:requestId/assignment', path: '/v1/service-requests/{request}/assignment', body: { providerVolunteerId: '{V2}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/transfers', path: '/v1/transfers?communityId={A}&status=pending', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/transfers', path: '/v1/transfers', expect: ['F', 'S', 'S', 200, 200] },
  { method: 'POST', route: '/v1/volunteer-applications', path: '/v1/volunteer-applications', body: x, expect: [400, 400, 400, 400, 400] },
  { method: 'GET', route: '/v1/volunteer-applications', path: '/v1/volunteer-applications?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteer-applications', path: '/v1/volunteer-applications', expect: ['F', 'S', 'S', 200, 200] },
  { method: 'POST', route: '/v1/volunteer-applications/:applicationId/approval', path: '/v1/volunteer-applications/{application}/approval', expect: ['F', 200, 'S', 200, 'F'] },
  { method: 'POST', route: '/v1/volunteer-applications/:applicationId/rejection', path: '/v1/volunteer-applications/{application}/rejection', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/roster-imports/dry-run', path: '/v1/roster-imports/dry-run?communityId={A}', expect: ['F', 415, 'S', 415, 'F'] },
  { method: 'POST', route: '/v1/roster-imports', path: '/v1/roster-imports?communityId={A}', expect: ['F', 415, 'S', 415, 'F'] },
  { method: 'GET', route: '/v1/roster-imports/:importId', path: '/v1/roster-imports/no-such-import', expect: ['F', 404, 404, 404, 404] },
  { method: 'GET', route: '/v1/exports/volunteers', path: '/v1/exports/volunteers?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/exports/service-records', path: '/v1/exports/service-records?communityId={A}&month=2025-03', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/me/notifications', path: '/v1/me/notifications', expect: [200, 'F', 'F', 'F', 'F'] },
  { method: 'POST', route: '/v1/me/notifications/read', path: '/v1/me/notifications/read', body: x, expect: [400, 'F', 'F', 'F', 'F'] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/notifications', path: '/v1/volunteers/{V1}/notifications', expect: [200, 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/volunteers/:volunteerId/notifications', path: '/v1/volunteers/{V2}/notifications', expect: ['S', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/service-requests/:requestId/cancellation', path: '/v1/service-requests/{request}/cancellation', body: x, expect: [400, 400, 400, 400, 'F'] },
  { method: 'POST', route: '/v1/service-requests/:requestId/completion', path: '/v1/service-requests/{request}/completion', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/staff', path: '/v1/staff', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'GET', route: '/v1/staff', path: '/v1/staff', expect: ['F', 'F', 'F', 200, 200] },
  { method: 'GET', route: '/v1/staff/:staffId', path: '/v1/staff/no-such-staff', expect: ['F', 'F', 'F', 404, 404] },
  { method: 'POST', route: '/v1/staff/:staffId/grants', path: '/v1/staff/no-such-staff/grants', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'DELETE', route: '/v1/staff/:staffId/grants/:communityId', path: '/v1/staff/no-such-staff/grants/{A}', expect: ['F', 'F', 'F', 404, 'F'] },
  { method: 'GET', route: '/v1/audit/events', path: '/v1/audit/events?limit=1', expect: ['F', 'F', 'F', 200, 200] },
  { method: 'GET', route: '/v1/audit/streams/:streamId', path: '/v1/audit/streams/volunteer-{V1}', expect: ['F', 'F', 'F', 200, 200] },
  { method: 'GET', route: '/v1/audit/volunteers/:volunteerId/account', path: '/v1/audit/volunteers/{V1}/account', expect: ['F', 'F', 'F', 200, 200] },
  { method: 'POST', route: '/v1/audit/verifications', path: '/v1/audit/verifications', expect: ['F', 'F', 'F', 202, 202] },
  { method: 'GET', route: '/v1/audit/verifications/:verificationId', path: '/v1/audit/verifications/00000000-0000-4000-8000-000000000000', expect: ['F', 'F', 'F', 404, 404] },
  { method: 'GET', route: '/v1/audit/access-log', path: '/v1/audit/access-log', expect: ['F', 'F', 'F', 200, 200] },
  { method: 'GET', route: '/v1/audit/sign-ins', path: '/v1/audit/sign-ins', expect: ['F', 'F', 'F', 200, 200] },
  { method: 'POST', route: '/v1/units', path: '/v1/units', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/units', path: '/v1/units?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/units/:unitId', path: '/v1/units/{unit}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'PUT', route: '/v1/units/:unitId', path: '/v1/units/{unit}', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/units/:unitId/retirement', path: '/v1/units/{unit}/retirement', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/units/:unitId/liaison-erasure', path: '/v1/units/no-such-unit/liaison-erasure', expect: ['F', 'F', 'F', 404, 'F'] },
  { method: 'POST', route: '/v1/units/free-text-migration', path: '/v1/units/free-text-migration', expect: ['F', 'F', 'F', 200, 'F'] },
  { method: 'PUT', route: '/v1/volunteers/:volunteerId/unit', path: '/v1/volunteers/{V2}/unit', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/report-ins', path: '/v1/volunteers/{V1}/report-ins', body: x, expect: [400, 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/volunteers/:volunteerId/report-ins', path: '/v1/volunteers/{V2}/report-ins', body: x, expect: ['S', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/report-ins/counts', path: '/v1/report-ins/counts?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/report-ins/counts', path: '/v1/report-ins/counts', expect: ['F', 'S', 'S', 200, 200] },
  { method: 'POST', route: '/v1/monthly-record-closings', path: '/v1/monthly-record-closings', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'GET', route: '/v1/units/:unitId/monthly-records/:month', path: '/v1/units/{unit}/monthly-records/2026-01', expect: ['F', 404, 'S', 404, 404] },
  { method: 'GET', route: '/v1/monthly-records', path: '/v1/monthly-records?communityId={A}&month=2026-01', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/reports/monthly-records', path: '/v1/reports/monthly-records?communityId={A}&month=2026-01', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/reports/monthly-records/xlsx', path: '/v1/reports/monthly-records/xlsx?communityId={A}&month=2026-01', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/reports/monthly-records/pdf', path: '/v1/reports/monthly-records/pdf?communityId={A}&month=2026-01', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/reports/hours', path: '/v1/reports/hours?communityId={A}&month=2026-01', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/reports/hours/xlsx', path: '/v1/reports/hours/xlsx?communityId={A}&month=2026-01', expect: ['F', 200, 'S', 200, 200] },
  { method: 'PUT', route: '/v1/policy/ranking-weights', path: '/v1/policy/ranking-weights', body: x, expect: ['F', 'F', 'F', 400, 'F'] },
  { method: 'POST', route: '/v1/units/:unitId/appraisals', path: '/v1/units/{unit}/appraisals', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/teams/:teamId/appraisals', path: '/v1/teams/{team}/appraisals', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/rankings/units', path: '/v1/rankings/units?year=2025&communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/v1/rankings/units', path: '/v1/rankings/units?year=2025', expect: ['F', 'S', 'S', 200, 200] },
  { method: 'GET', route: '/v1/rankings/teams', path: '/v1/rankings/teams?year=2025&communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/service-projects', path: '/v1/service-projects', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/service-projects', path: '/v1/service-projects?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'PUT', route: '/v1/service-projects/:projectId/status', path: '/v1/service-projects/{project}/status', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/service-projects/:projectId/activities', path: '/v1/service-projects/{project}/activities', body: { activityId: '{activity}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/co-building-agreements', path: '/v1/co-building-agreements', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/co-building-agreements', path: '/v1/co-building-agreements?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'PUT', route: '/v1/co-building-agreements/:agreementId', path: '/v1/co-building-agreements/{agreement}', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/co-building-agreements/:agreementId/end', path: '/v1/co-building-agreements/{agreement}/end', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/units/:unitId/co-building-agreements', path: '/v1/units/{unit}/co-building-agreements', expect: ['F', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/pairings', path: '/v1/pairings', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/pairings', path: '/v1/pairings?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/pairings/:pairingId/visits', path: '/v1/pairings/{pairing}/visits', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/pairings/:pairingId/end', path: '/v1/pairings/{pairing}/end', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'POST', route: '/v1/needs', path: '/v1/needs', body: { communityId: '{A}', ...x }, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/needs', path: '/v1/needs?communityId={A}', expect: ['F', 200, 'S', 200, 200] },
  { method: 'POST', route: '/v1/needs/:needId/close', path: '/v1/needs/{need}/close', body: x, expect: ['F', 400, 'S', 400, 'F'] },
  { method: 'GET', route: '/v1/needs/:needId/matches', path: '/v1/needs/{need}/matches', expect: ['F', 200, 'S', 200, 200] },
  { method: 'GET', route: '/health', path: '/health', expect: [200, 200, 200, 200, 200] },
  { method: 'GET', route: '/health/live', path: '/health/live', expect: [200, 200, 200, 200, 200] },
];

const LABEL: Record<string, string> = { F: '403 FORBIDDEN', S: '403 OUT_OF_SCOPE' };

/** The table as README shows it. */
export function renderAccessTable(rows: readonly AccessRow[] = ACCESS_TABLE): string {
  const lines = [`| request | ${CALLERS.join(' | ')} |`, `|---|${CALLERS.map(() => '---').join('|')}|`];
  for (const row of rows) lines.push(`| \`${row.method} ${row.path}\` | ${row.expect.map((cell) => LABEL[cell] ?? String(cell)).join(' | ')} |`);
  return lines.join('\n');
}
