import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  account, activatedVolunteer, admin, call, communityWithStaff, DESKTOP, expectAccessible, expectNoEnglishLeaks, expectSettled, PHONE, screenshot, server, signIn, unique, verifiedService,
  volunteer, watchPage, type Account,
} from './support/journey';
import { withStreetPolicy } from './support/street-policy';

/**
 * Every route of apps/web/src/router.ts, visited by the role it is for (and
 * refused to one it is not for): each page finishes loading, shows no
 * English a zh-CN reader should not see, and has no serious or critical
 * accessibility violation.
 */
interface Visit {
  route: string;
  path: string;
  heading: string;
  /** The event log, a stream and the access log show stored events, ids and api paths on purpose. */
  technical?: boolean;
  /** Sent to the 403 page instead. */
  refused?: boolean;
  /** A screenshot kept under this name. */
  shot?: string;
}

interface Scene {
  communityId: string;
  volunteerId: string;
  activityId: string;
  staff: Account;
  holder: Account;
  admin: Account;
  auditor: Account;
}

let scene: Scene;

// Up to twenty-one pages a role; the roles side by side, each worker with a scene of its own.
test.describe.configure({ mode: 'parallel', timeout: 180_000 });

test.beforeAll(async () => {
  // Low thresholds while the card is issued and the reward claimed; a card stays once issued.
  const { communityId, staffToken, staff, holder, other } = await withStreetPolicy(async () => {
    const { communityId, staffToken, staff } = await communityWithStaff('文化路社区', '孙干事');
    await call('PUT', '/v1/policy/star-levels', admin(), { thresholdHours: [1, 2, 3, 4, 5] });
    const holder = await activatedVolunteer(communityId, staffToken, '郑秀兰');
    const other = await volunteer(communityId, staffToken, '冯建华');
    await verifiedService(staffToken, holder.subject, 360, 30, '陪老人就医');
    await call('POST', `/v1/volunteers/${holder.subject}/card`, staffToken);
    await call('POST', '/v1/redemptions', staffToken, { volunteerId: holder.subject, minutes: 60, description: '上门助洁' });
    const partnerId = unique('p');
    await call('POST', '/v1/partners', admin(), { partnerId, name: '文化路社区医院', kind: '社区医院' });
    const rewardId = unique('r');
    await call('POST', '/v1/rewards', admin(), { rewardId, partnerId, name: '优先就诊', kind: 'priority_discount', minStarLevel: 1, discountPercent: 10 });
    await call('POST', `/v1/rewards/${rewardId}/claims`, staffToken, { volunteerId: holder.subject });
    return { communityId, staffToken, staff, holder, other };
  });

  const endsAt = new Date(Date.now() - 2 * 3600_000);
  const startsAt = new Date(endsAt.getTime() - 2 * 3600_000);
  const { activityId } = await call<{ activityId: string }>('POST', '/v1/activities', staffToken, {
    title: '文化路读书会', category: 'culture', communityId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), place: '文化路社区活动室',
  });
  await call('POST', `/v1/activities/${activityId}/signups`, staffToken, { volunteerId: other });
  await call('POST', '/v1/service-records', staffToken, { volunteerId: other, activityId, startedAt: startsAt.toISOString(), minutes: 90, verify: false });
  await call('POST', '/v1/service-requests', staffToken, { category: 'elderly_care', communityId, description: '陪同去医院复诊', forVolunteerId: holder.subject, wantedMinutes: 120 });
  scene = {
    communityId, volunteerId: other, activityId, staff, holder,
    admin: await account('admin', '钱主任'),
    auditor: await account('auditor', '孔审计'),
  };
});

const STAFF_PAGES = (): Visit[] => [
  { route: 'c-home', path: '/console', heading: '数据概览' },
  { route: 'c-queue', path: '/console/queue', heading: '待办事项' },
  { route: 'c-volunteers', path: '/console/volunteers', heading: '志愿者' },
  { route: 'c-volunteer', path: `/console/volunteers/${scene.holder.subject}`, heading: '志愿者详情' },
  { route: 'c-activities', path: '/console/activities', heading: '服务活动' },
  { route: 'c-activity', path: `/console/activities/${scene.activityId}`, heading: '活动详情' },
  { route: 'c-records', path: '/console/records', heading: '服务记录' },
  { route: 'c-redemptions', path: '/console/redemptions', heading: '时间兑换' },
  { route: 'c-claims', path: '/console/claims', heading: '优待登记' },
  { route: 'c-honours', path: '/console/honours', heading: '表彰与证明' },
  { route: 'c-policy', path: '/console/policy', heading: '星级政策' },
  { route: 'c-rewards', path: '/console/rewards', heading: '服务机构与奖励' },
];

const STREET_PAGES = (): Visit[] => [
  { route: 'c-communities', path: '/console/communities', heading: '社区管理' },
  { route: 'c-staff', path: '/console/staff', heading: '工作人员' },
  { route: 'c-invitations', path: '/console/invitations', heading: '账户与邀请' },
  { route: 'c-audit-events', path: '/console/audit/events', heading: '事件日志', technical: true },
  { route: 'c-audit-stream', path: `/console/audit/streams/volunteer-${scene.holder.subject}`, heading: '事件流', technical: true },
  { route: 'c-audit-account', path: `/console/audit/accounts?volunteerId=${scene.holder.subject}`, heading: '账户回溯' },
  { route: 'c-audit-verify', path: '/console/audit/verifications', heading: '核验' },
  { route: 'c-audit-access', path: '/console/audit/access-log', heading: '访问日志', technical: true },
  { route: 'c-audit-sign-ins', path: '/console/audit/sign-ins', heading: '登录日志' },
];

const VOLUNTEER_PAGES: Visit[] = [
  { route: 'm-home', path: '/m', heading: '我的时间账户' },
  { route: 'm-ledger', path: '/m/ledger', heading: '收支明细' },
  { route: 'm-records', path: '/m/records', heading: '我的服务记录' },
  { route: 'm-activities', path: '/m/activities', heading: '社区活动' },
  { route: 'm-rewards', path: '/m/rewards', heading: '可享受的优待' },
  { route: 'm-certificate', path: '/m/certificate', heading: '服务记录证明' },
  { route: 'm-help', path: '/m/help', heading: '请求帮助', shot: 'volunteer-help-phone' },
  { route: 'm-me', path: '/m/me', heading: '我的' },
];

const PUBLIC_PAGES: Visit[] = [
  { route: 'sign-in', path: '/sign-in', heading: '登录' },
  { route: 'activate', path: '/activate', heading: '激活账号' },
  { route: 'check', path: '/check', heading: '核验志愿服务记录证明' },
  { route: 'not-found', path: '/no-such-page', heading: '404 · 页面不存在' },
];

/** Requests in flight, counted from the page's own events: the app's in-page navigations fire no load event to wait for. */
function inFlight(page: Page): () => number {
  let open = 0;
  page.on('request', () => (open += 1));
  page.on('requestfinished', () => (open -= 1));
  page.on('requestfailed', () => (open -= 1));
  return () => open;
}

async function quiet(page: Page, open: () => number): Promise<void> {
  for (let calm = 0; calm < 3; calm = open() === 0 ? calm + 1 : 0) await page.waitForTimeout(100);
}

/**
 * How far a visit looks. `full`: loads, no English, axe. `light`: loads and
 * no English, for a page axe has already judged in another role's hands.
 * A refusal is judged once on the 403 page, then only its address is checked.
 */
type Depth = 'full' | 'light';

/**
 * Opens a page inside the running app, as a click on a link would (the
 * first visit loads the app): the session is restored once, not on every page.
 * SHIJI_SCREENSHOT_EVERY_PAGE=1 keeps a screenshot of each visit, to look at them all.
 */
async function visit(page: Page, open: () => number, one: Visit, who: string, depth: Depth = 'full'): Promise<void> {
  await test.step(`${one.refused ? 'refused' : 'visits'} ${one.path} (${depth})`, async () => {
    if (page.url().startsWith(server().baseUrl)) {
      await page.evaluate(`history.pushState(null, '', ${JSON.stringify(one.path)}); dispatchEvent(new PopStateEvent('popstate', { state: null }))`);
    } else {
      await page.goto(`${server().baseUrl}${one.path}`);
    }
    if (one.refused) {
      await expect(page).toHaveURL(/\/forbidden$/);
      await expect(page.getByRole('heading', { name: '403 · 无权访问' })).toBeVisible();
      if (depth === 'light') return;
    } else {
      await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === one.path);
      await expect(page.getByRole('heading', { level: 1, name: one.heading, exact: true }).or(page.locator('.van-nav-bar__title', { hasText: one.heading }))).toBeVisible();
      await quiet(page, open);
      await expectSettled(page);
      await expect(page.getByTestId('page-error')).toHaveCount(0);
    }
    await expectNoEnglishLeaks(page, { technical: one.technical });
    if (depth === 'full') await expectAccessible(page, { rest: 0 });
    if (one.shot) await screenshot(page, one.shot);
    if (process.env.SHIJI_SCREENSHOT_EVERY_PAGE) await screenshot(page, `every-${who}-${one.route}${one.refused ? '-refused' : ''}`);
  });
}

test('every route of the router has a visit below', () => {
  const router = readFileSync(join(__dirname, '..', '..', 'apps', 'web', 'src', 'router.ts'), 'utf8');
  const routes = [...router.matchAll(/name: '([^']+)'/g)].map((match) => match[1]);
  const visited = new Set([...STAFF_PAGES(), ...STREET_PAGES(), ...VOLUNTEER_PAGES, ...PUBLIC_PAGES, { route: 'home' }, { route: 'forbidden' }].map((v) => v.route));
  expect(routes.filter((route) => !visited.has(route))).toEqual([]);
});

test('anyone: sign-in, activation and an unknown page', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const problems = watchPage(page);
  const open = inFlight(page);
  for (const one of PUBLIC_PAGES) await visit(page, open, one, 'anyone');
  await page.goto(`${server().baseUrl}/`);
  await expect(page).toHaveURL(/\/sign-in$/);
  expect(problems).toEqual([]);
});

test('a volunteer: every /m page on a phone, and the 403 page for the console', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const problems = watchPage(page);
  const open = inFlight(page);
  await signIn(page, scene.holder);
  for (const one of VOLUNTEER_PAGES) await visit(page, open, one, 'volunteer');
  await visit(page, open, { route: 'c-home', path: '/console', heading: '', refused: true }, 'volunteer');
  expect(problems).toEqual([]);
});

test('staff: every page of their community, and none of the street or the audit', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const problems = watchPage(page);
  const open = inFlight(page);
  await signIn(page, scene.staff);
  for (const one of STAFF_PAGES()) await visit(page, open, one, 'staff');
  for (const one of STREET_PAGES()) await visit(page, open, { ...one, refused: true }, 'staff', 'light');
  expect(problems).toEqual([]);
});

test('an admin: the street and audit pages, and no volunteer pages', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const problems = watchPage(page);
  const open = inFlight(page);
  await signIn(page, scene.admin);
  for (const one of STREET_PAGES()) await visit(page, open, one, 'admin');
  for (const one of STAFF_PAGES()) await visit(page, open, one, 'admin', 'light');
  await visit(page, open, { route: 'm-home', path: '/m', heading: '', refused: true }, 'admin', 'light');
  expect(problems).toEqual([]);
});

test('an auditor: every page they may read, without a button to change anything, and no work queue', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const problems = watchPage(page);
  const open = inFlight(page);
  await signIn(page, scene.auditor);
  for (const one of STREET_PAGES()) await visit(page, open, one, 'auditor', 'light');
  for (const one of STAFF_PAGES()) {
    await visit(page, open, { ...one, refused: one.route === 'c-queue' }, 'auditor', 'light');
    await expect(page.locator('.c-main').getByRole('button', { name: /^(登记|发布|办理|兑换|邀请|发出邀请|新增|认证|更正|撤销|暂停|挂失|补办|发放)/ })).toHaveCount(0);
  }
  expect(problems).toEqual([]);
});
