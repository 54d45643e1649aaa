import { expect, test } from '@playwright/test';
import { activatedVolunteer, communityWithStaff, DESKTOP, expectAccessible, PHONE, screenshot, signIn, watchPage } from './support/journey';

const REASON = '当天服务站没有这项安排，请带上邻居的证明来服务站补登';

test('a volunteer reports service, staff reject it with a reason, and the volunteer reads 已驳回 and why', async ({ page, browser }) => {
  await page.setViewportSize(PHONE);
  const problems = watchPage(page);
  const { communityId, staffToken, staff } = await communityWithStaff('东新街社区', '周干事');
  const volunteer = await activatedVolunteer(communityId, staffToken, '林淑芬');

  // The volunteer reports ad hoc help on the phone: it shows at once as theirs and pending.
  await signIn(page, volunteer, '/m/records');
  await expect(page.getByText('还没有服务记录')).toBeVisible();
  await page.getByRole('button', { name: '申报服务' }).click();
  await page.getByLabel('服务类别').selectOption('elderly_care');
  await page.getByRole('button', { name: '提交申报' }).click();
  await expect(page.getByText('请填写服务内容')).toBeVisible();
  await page.getByLabel('服务内容').fill('陪楼下独居老人去菜场买菜');
  await page.getByLabel('服务时长（分钟）').fill('90');
  await expectAccessible(page);
  await screenshot(page, 'volunteer-report-phone');
  await page.getByRole('button', { name: '提交申报' }).click();
  const record = page.getByTestId('record').filter({ hasText: '陪楼下独居老人去菜场买菜' });
  await expect(record).toContainText('待认证');
  await expect(record).toContainText('本人申报');
  await expect(page.getByTestId('report-form')).toHaveCount(0);

  // Staff find it in the work queue, marked as self-reported, and reject it with a reason.
  const desk = await browser.newContext({ viewport: DESKTOP, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const staffPage = await desk.newPage();
  const consoleProblems = watchPage(staffPage);
  await signIn(staffPage, staff, '/console/queue');
  const row = staffPage.getByRole('row', { name: /林淑芬/ });
  await expect(row).toContainText('本人申报');
  await expect(row).toContainText('待认证');
  await row.getByRole('button', { name: '驳回 林淑芬' }).click();
  const dialog = staffPage.getByRole('dialog', { name: '驳回 林淑芬 的服务记录' });
  await dialog.getByTestId('reject-submit').click();
  await expect(dialog.getByText('请填写原因')).toBeVisible();
  await dialog.getByLabel('驳回原因').fill(REASON);
  await expectAccessible(staffPage);
  await screenshot(staffPage, 'console-reject-desktop');
  await dialog.getByTestId('reject-submit').click();
  await expect(dialog).toBeHidden();
  await expect(staffPage.getByText('没有待认证的记录')).toBeVisible();

  // The records page keeps it under 已驳回, with its reason.
  await staffPage.getByRole('menuitem', { name: '服务记录' }).click();
  await staffPage.locator('.el-radio-button', { hasText: '已驳回' }).click();
  const rejected = staffPage.getByRole('row', { name: /林淑芬/ });
  await expect(rejected).toContainText('已驳回');
  await expect(rejected).toContainText(REASON);
  await expect(rejected.getByRole('button', { name: '认证' })).toHaveCount(0);
  await expectAccessible(staffPage);
  await screenshot(staffPage, 'console-records-rejected-desktop');
  await desk.close();

  // The volunteer reads the verdict and why.
  await page.reload();
  await expect(record).toContainText('已驳回');
  await expect(record.getByTestId('rejection')).toHaveText(`驳回原因：${REASON}`);
  await expect(record).not.toContainText('待认证');
  await expectAccessible(page);
  await screenshot(page, 'volunteer-records-rejected-phone');
  expect([...problems, ...consoleProblems]).toEqual([]);
});
