import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { useSession } from './session/session';

type Role = 'volunteer' | 'staff' | 'admin' | 'auditor';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    roles?: Role[];
    title?: string;
  }
}

const CONSOLE: Role[] = ['staff', 'admin', 'auditor'];
const STAFF: Role[] = ['staff', 'admin'];

/**
 * Two bundles by route: /m (volunteers, Vant, phone first) and /console
 * (staff, admins and auditors, Element Plus, desktop). Sign-in and
 * activation use neither library, so both audiences load them cheaply.
 */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: () => import('./pages/HomeRedirect.vue'), meta: { public: true } },
  { path: '/sign-in', name: 'sign-in', component: () => import('./pages/SignInPage.vue'), meta: { public: true, title: 'signIn.title' } },
  { path: '/activate', name: 'activate', component: () => import('./pages/ActivatePage.vue'), meta: { public: true, title: 'activate.title' } },
  { path: '/check/:code?', name: 'check', component: () => import('./pages/CertificateCheckPage.vue'), meta: { public: true, title: 'check.title' } },
  {
    path: '/m',
    component: () => import('./volunteer/VolunteerLayout.vue'),
    meta: { roles: ['volunteer'] },
    children: [
      { path: '', name: 'm-home', component: () => import('./volunteer/BalancePage.vue'), meta: { title: 'volunteer.balance' } },
      { path: 'ledger', name: 'm-ledger', component: () => import('./volunteer/LedgerPage.vue'), meta: { title: 'volunteer.ledger' } },
      { path: 'records', name: 'm-records', component: () => import('./volunteer/RecordsPage.vue'), meta: { title: 'volunteer.records' } },
      { path: 'activities', name: 'm-activities', component: () => import('./volunteer/ActivitiesPage.vue'), meta: { title: 'volunteer.activities' } },
      { path: 'rewards', name: 'm-rewards', component: () => import('./volunteer/RewardsPage.vue'), meta: { title: 'volunteer.rewards' } },
      { path: 'certificate', name: 'm-certificate', component: () => import('./volunteer/CertificatePage.vue'), meta: { title: 'volunteer.certificate' } },
      { path: 'help', name: 'm-help', component: () => import('./volunteer/HelpPage.vue'), meta: { title: 'volunteer.help' } },
      { path: 'me', name: 'm-me', component: () => import('./volunteer/MePage.vue'), meta: { title: 'volunteer.me' } },
    ],
  },
  {
    path: '/console',
    component: () => import('./console/ConsoleLayout.vue'),
    meta: { roles: CONSOLE },
    children: [
      { path: '', name: 'c-home', component: () => import('./console/DashboardPage.vue'), meta: { title: 'console.dashboard' } },
      { path: 'queue', name: 'c-queue', component: () => import('./console/WorkQueuePage.vue'), meta: { title: 'console.queue', roles: STAFF } },
      { path: 'volunteers', name: 'c-volunteers', component: () => import('./console/VolunteersPage.vue'), meta: { title: 'console.volunteers' } },
      { path: 'volunteers/:volunteerId', name: 'c-volunteer', component: () => import('./console/VolunteerDetailPage.vue'), meta: { title: 'console.volunteer' } },
      { path: 'activities', name: 'c-activities', component: () => import('./console/ActivitiesPage.vue'), meta: { title: 'console.activities' } },
      { path: 'activities/:activityId', name: 'c-activity', component: () => import('./console/ActivityDetailPage.vue'), meta: { title: 'console.activity' } },
      { path: 'records', name: 'c-records', component: () => import('./console/RecordsPage.vue'), meta: { title: 'console.records' } },
      { path: 'redemptions', name: 'c-redemptions', component: () => import('./console/RedemptionsPage.vue'), meta: { title: 'console.redemptions' } },
      { path: 'claims', name: 'c-claims', component: () => import('./console/ClaimsPage.vue'), meta: { title: 'console.claims' } },
      { path: 'honours', name: 'c-honours', component: () => import('./console/HonoursPage.vue'), meta: { title: 'console.honours' } },
      { path: 'communities', name: 'c-communities', component: () => import('./console/admin/CommunitiesPage.vue'), meta: { title: 'console.communities', roles: ['admin', 'auditor'] } },
      { path: 'staff', name: 'c-staff', component: () => import('./console/admin/StaffPage.vue'), meta: { title: 'console.staff', roles: ['admin', 'auditor'] } },
      { path: 'invitations', name: 'c-invitations', component: () => import('./console/admin/InvitationsPage.vue'), meta: { title: 'console.invitations', roles: ['admin', 'auditor'] } },
      { path: 'policy', name: 'c-policy', component: () => import('./console/admin/PolicyPage.vue'), meta: { title: 'console.policy' } },
      { path: 'rewards', name: 'c-rewards', component: () => import('./console/admin/RewardsPage.vue'), meta: { title: 'console.rewards' } },
      { path: 'audit/events', name: 'c-audit-events', component: () => import('./console/audit/EventLogPage.vue'), meta: { title: 'audit.events', roles: ['admin', 'auditor'] } },
      { path: 'audit/streams/:streamId', name: 'c-audit-stream', component: () => import('./console/audit/StreamPage.vue'), meta: { title: 'audit.stream', roles: ['admin', 'auditor'] } },
      { path: 'audit/accounts', name: 'c-audit-account', component: () => import('./console/audit/AccountAsOfPage.vue'), meta: { title: 'audit.account', roles: ['admin', 'auditor'] } },
      { path: 'audit/verifications', name: 'c-audit-verify', component: () => import('./console/audit/VerificationsPage.vue'), meta: { title: 'audit.verify', roles: ['admin', 'auditor'] } },
      { path: 'audit/access-log', name: 'c-audit-access', component: () => import('./console/audit/AccessLogPage.vue'), meta: { title: 'audit.access', roles: ['admin', 'auditor'] } },
      { path: 'audit/sign-ins', name: 'c-audit-sign-ins', component: () => import('./console/audit/SignInLogPage.vue'), meta: { title: 'signIns.title', roles: ['admin', 'auditor'] } },
    ],
  },
  { path: '/forbidden', name: 'forbidden', component: () => import('./pages/ForbiddenPage.vue'), meta: { public: true } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue'), meta: { public: true } },
];

export const router = createRouter({ history: createWebHistory(), routes });

let restored: Promise<void> | null = null;

router.beforeEach(async (to) => {
  const session = useSession();
  restored ??= session.restore();
  await restored;
  if (to.meta.public) return true;
  if (!session.actor) return { name: 'sign-in', query: { next: to.fullPath } };
  const allowed = to.matched.every((record) => !record.meta.roles || record.meta.roles.includes(session.actor!.role as Role));
  return allowed ? true : { name: 'forbidden' };
});

export { STAFF };
