import { expect, test } from '@playwright/test';
import { communityWithStaff, DESKTOP, expectAccessible, screenshot, signIn, volunteer, watchPage } from './support/journey';

test('staff of community B cannot open a volunteer of community A', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const problems = watchPage(page);
  const a = await communityWithStaff('甲社区');
  const b = await communityWithStaff('乙社区');
  const volunteerId = await volunteer(a.communityId, a.staffToken, '陈志强');

  await signIn(page, b.staff, `/console/volunteers/${volunteerId}`);
  await expect(page.getByTestId('page-error')).toContainText('无权访问');
  await expect(page.getByTestId('page-error')).toContainText('不在您的管辖范围内');
  await expect(page.getByTestId('page-error')).toContainText('请求编号');
  const html = await page.content();
  expect(html).not.toContain('陈志强');
  expect(html).not.toContain(volunteerId);
  await expectAccessible(page);
  await screenshot(page, 'console-out-of-scope-desktop');
  expect(problems).toEqual([]);
});
