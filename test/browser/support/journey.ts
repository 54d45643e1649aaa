import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import jwt from 'jsonwebtoken';
import { server } from './server';

export { server };

export type Role = 'volunteer' | 'staff' | 'admin' | 'auditor';

/** A token as the api's TokenService signs it: for setting the scene through the api, never for the journey's own steps. */
export function token(role: Role, sub: string, communities: string[] = []): string {
  const now = Math.floor(Date.now() / 1000);
  return jwt.sign({ sub, role, communities, jti: randomUUID(), iat: now, exp: now + 3600 }, server().jwtSecret, { algorithm: 'HS256' });
}

let lastPosition = 0;

/** One api call; throws on anything but 2xx. Reads wait for the scene's last write. */
export async function call<T = Record<string, unknown>>(method: string, path: string, bearer: string, body?: unknown): Promise<T> {
  const response = await fetch(`${server().baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${bearer}`, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...(method === 'GET' && lastPosition ? { 'X-Min-Position': String(lastPosition) } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as T) : ({} as T);
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  const position = (parsed as { position?: unknown }).position;
  if (typeof position === 'number') lastPosition = Math.max(lastPosition, position);
  return parsed;
}

export const admin = () => token('admin', 'scene-admin');

/** A unique suffix per run, so journeys never collide on ids in the shared api. */
export function unique(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

/** A community with a staff member holding it. */
export async function communityWithStaff(name: string, staffName = `${name}工作人员`): Promise<{ communityId: string; staffId: string; staffToken: string; staff: Account }> {
  const communityId = unique('c');
  const staffId = unique('staff');
  await call('POST', '/v1/communities', admin(), { communityId, name });
  const staff = await account('staff', staffName, { staffId, communityIds: [communityId] });
  return { communityId, staffId, staffToken: token('staff', staffId, [communityId]), staff };
}

let phoneCounter = Math.floor(Math.random() * 10_000_000);

export function phone(): string {
  phoneCounter = (phoneCounter + 1) % 100_000_000;
  return `139${String(phoneCounter).padStart(8, '0')}`;
}

export async function volunteer(communityId: string, staffToken: string, name: string): Promise<string> {
  const result = await call<{ volunteerId: string }>('POST', '/v1/volunteers', staffToken, { name, phone: phone(), communityId, partyMember: true });
  return result.volunteerId;
}

export const PASSWORD = 'Quiet-River-2026!';

export interface Account {
  login: string;
  password: string;
  subject: string;
}

/** A staff, admin or auditor account, invited by an admin and activated through the api. */
export async function account(role: 'staff' | 'admin' | 'auditor', name: string, staff?: { staffId: string; communityIds: string[] }): Promise<Account> {
  const mobile = phone();
  const invited = await call<{ code: string; subject: string }>('POST', '/v1/invitations', admin(), { role, name, phone: mobile, ...(staff ?? {}) });
  await call('POST', '/v1/activations', admin(), { phone: mobile, code: invited.code, password: PASSWORD });
  return { login: mobile, password: PASSWORD, subject: invited.subject };
}

/** A volunteer's activation code, as staff issue it for the slip. */
export async function activationCode(staffToken: string, volunteerId: string): Promise<string> {
  return (await call<{ code: string }>('POST', `/v1/volunteers/${volunteerId}/activation-codes`, staffToken, {})).code;
}

/** A volunteer with an account of their own: registered by staff, activated with the code staff issued. */
export async function activatedVolunteer(communityId: string, staffToken: string, name: string): Promise<Account> {
  const mobile = phone();
  const { volunteerId } = await call<{ volunteerId: string }>('POST', '/v1/volunteers', staffToken, { name, phone: mobile, communityId, partyMember: true });
  await call('POST', '/v1/activations', admin(), { phone: mobile, code: await activationCode(staffToken, volunteerId), password: PASSWORD });
  return { login: mobile, password: PASSWORD, subject: volunteerId };
}

/** Signs in through the sign-in page, as a person would, and lands where the page sends them. */
export async function signIn(page: Page, who: Account, next?: string): Promise<void> {
  await page.goto(`${server().baseUrl}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('手机号（工作人员可用工号）').fill(who.login);
  await page.getByLabel('密码').fill(who.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

const SCREENSHOTS = join(__dirname, '..', 'test-results', 'screenshots');

/** A toast (Element Plus message, Vant toast) still on screen. */
const TOASTS = '.el-message:visible, .van-toast:visible';

/** A full-page screenshot under test-results/screenshots (the README shows the main ones, copied to docs/screenshots), taken once every toast has gone. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForLoadState('networkidle');
  await expect(page.locator(TOASTS)).toHaveCount(0, { timeout: 10_000 });
  await page.evaluate('document.fonts.ready.then(() => new Promise((resolve) => setTimeout(resolve, 400)))');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page, options: { rest?: number } = {}): Promise<void> {
  // Dialogs fade in and buttons change colour over a few hundred milliseconds: judge the page at rest.
  await page.waitForTimeout(options.rest ?? 500);
  // Only violations are judged: axe then skips building selectors for every node that passed.
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
  const bad = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(bad.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`)).toEqual([]);
}

/** Fails the journey on a Content-Security-Policy violation or an uncaught error in the page. */
export function watchPage(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}

/** Verified service of a volunteer, recorded by staff through the api, `hoursAgo` before now. */
export async function verifiedService(staffToken: string, volunteerId: string, minutes: number, hoursAgo: number, description = '上门探访'): Promise<void> {
  const startedAt = new Date(Date.now() - hoursAgo * 3600_000 - minutes * 60_000).toISOString();
  await call('POST', '/v1/service-records', staffToken, { volunteerId, category: 'elderly_care', description, startedAt, minutes, verify: true });
}

export async function defaultPolicy(): Promise<void> {
  await call('PUT', '/v1/policy/star-levels', admin(), { thresholdHours: [100, 300, 600, 1000, 1500] });
  await call('PUT', '/v1/policy/card', admin(), { minStarLevel: 5 });
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 375, height: 812 };

/** Every loading state of the page has ended: no spinner, no skeleton, no "加载中". */
export async function expectSettled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.el-loading-mask:visible, .van-loading:visible, .van-list__loading:visible')).toHaveCount(0);
  await expect(page.getByText('加载中', { exact: false })).toHaveCount(0);
}

const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i;
/** Values the api spells in English that a zh-CN page must put in words. */
const ENUM_VALUES = [
  'elderly_care', 'health_clinic', 'safety_patrol', 'priority_discount', 'redemption_reversed', 'password-reset', 'sign-in-failed', 'signed-in', 'code-issued',
  'volunteer', 'staff', 'admin', 'auditor', 'active', 'suspended', 'lost', 'pending', 'verified', 'published', 'cancelled', 'open', 'assigned', 'completed', 'invited',
];
/** What Element Plus and Vant say when their locale is missing, and placeholders a translation forgot. */
const LIBRARY_ENGLISH = /\b(No Data|No data|Loading|Select|Start date|End date|Start time|End time|Confirm|Cancel|Clear|Go to|Total \d+|Please)\b/;
const MESSAGE_KEY = /\b(common|console|audit|records|detail|invite|people|slip|cardActions|signIns|volunteer|activities|rewards|honours|queue|validation|dashboard|policy|partners|staff|communities)\.[a-zA-Z]+\b/;

/**
 * The page, read as a person reads it in zh-CN, shows no English the api or a
 * library spells (enum values, ids, untranslated message keys). The event
 * log, a stream and the access log show events, ids and api paths as stored,
 * on purpose: `technical` lets those through, and only those.
 */
export async function expectNoEnglishLeaks(page: Page, options: { technical?: boolean } = {}): Promise<void> {
  // A problem's request id is an id on purpose: it is quoted to the help desk.
  const requestIds = await page.locator('.request-id').allInnerTexts();
  const text = requestIds.reduce((rest, id) => rest.replace(id, ''), await page.locator('body').innerText());
  const found: string[] = [];
  if (!options.technical) {
    if (UUID.test(text)) found.push(`an id: ${text.match(UUID)![0]}`);
    for (const value of ENUM_VALUES) if (new RegExp(`(^|[^A-Za-z_./-])${value}($|[^A-Za-z_-])`).test(text)) found.push(`the value ${value}`);
  }
  const library = text.match(LIBRARY_ENGLISH);
  if (library) found.push(`library English: ${library[0]}`);
  const key = text.match(MESSAGE_KEY);
  if (key) found.push(`a message key: ${key[0]}`);
  expect(found, `English in the zh-CN page ${page.url()}`).toEqual([]);
}

/** Picks an option of an Element Plus select: its input lies under the placeholder, so the click goes to the select's box. */
export async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.locator('xpath=ancestor::div[contains(concat(" ", @class, " "), " el-select__wrapper ")]').click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}
