import { expect, test } from '@playwright/test';
import { account, communityWithStaff, DESKTOP, expectAccessible, screenshot, signIn, verifiedService, volunteer, watchPage } from './support/journey';

function shanghai(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

test('an auditor time-travels an account and runs a verification to green', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const problems = watchPage(page);
  const { communityId, staffToken } = await communityWithStaff('北关社区');
  const volunteerId = await volunteer(communityId, staffToken, '刘淑珍');
  await verifiedService(staffToken, volunteerId, 60, 50);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const between = new Date();
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await verifiedService(staffToken, volunteerId, 45, 20);

  await signIn(page, await account('auditor', '赵审计'), '/console/audit/accounts');
  await page.locator('.c-card input').first().fill(volunteerId);
  const picker = page.locator('.el-date-editor input');
  await picker.fill(shanghai(between));
  await picker.press('Enter');
  await page.keyboard.press('Escape');
  await expect(picker).toHaveValue(shanghai(between));
  await page.getByTestId('look').click();
  await expect(page.getByTestId('past-credit')).toHaveText('1 小时');
  await expect(page.getByTestId('live-credit')).toHaveText('1 小时 45 分');
  await expect(page.getByText('刘淑珍 当时的账户')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'console-audit-account-desktop');

  await page.getByRole('menuitem', { name: '核验' }).click();
  await page.getByTestId('start-verification').click();
  await expect(page.getByTestId('verification-status')).toContainText('核验通过', { timeout: 60_000 });
  await expectAccessible(page);
  await screenshot(page, 'console-audit-verification-desktop');

  await page.getByRole('menuitem', { name: '事件日志' }).click();
  await expect(page.getByText('ServiceVerified').first()).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'console-audit-events-desktop');
  expect(problems).toEqual([]);
});
