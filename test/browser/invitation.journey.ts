import { expect, test } from '@playwright/test';
import { account, admin, call, choose, DESKTOP, expectAccessible, expectNoEnglishLeaks, PASSWORD, phone, screenshot, signIn, unique, watchPage } from './support/journey';

test('an admin invites a staff member, who activates with the code and signs in to their community', async ({ browser }) => {
  const communityId = unique('c');
  await call('POST', '/v1/communities', admin(), { communityId, name: '杜岭社区' });
  const mobile = phone();
  const staffId = unique('zhao');

  const desk = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const problems = watchPage(desk);
  await signIn(desk, await account('admin', '吴主任'), '/console/invitations');
  await desk.getByTestId('invite').click();
  const dialog = desk.getByRole('dialog', { name: '邀请工作人员、管理员或审计员' });
  await dialog.getByRole('button', { name: '生成邀请码' }).click();
  await expect(dialog.getByText('请填写名称')).toBeVisible();
  await expect(dialog.getByText('请输入 11 位手机号')).toBeVisible();
  await dialog.getByLabel('姓名').fill('赵丽');
  await dialog.getByLabel('手机号').fill(mobile);
  await dialog.getByLabel('工号').fill(staffId);
  await choose(desk, dialog.getByRole('combobox', { name: '负责社区' }), '杜岭社区');
  await dialog.getByLabel('姓名').click();
  await expectAccessible(desk);
  await screenshot(desk, 'console-invite-form-desktop');
  await dialog.getByRole('button', { name: '生成邀请码' }).click();

  const done = desk.getByRole('dialog', { name: '邀请已生成' });
  await expect(done.getByText('请把邀请码和链接当面或电话交给赵丽')).toBeVisible();
  const code = (await done.getByTestId('invitation-code').locator('output').innerText()).trim();
  const link = (await done.getByTestId('invitation-link').locator('output').innerText()).trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
  expect(link).toMatch(/\/activate#code=/);
  await expectAccessible(desk);
  await expectNoEnglishLeaks(desk);
  await screenshot(desk, 'console-invitation-desktop');
  await done.getByRole('button', { name: '完成' }).click();
  const invited = desk.getByTestId('people').getByRole('row', { name: /赵丽/ });
  await expect(invited).toContainText('待激活');
  await expect(invited).toContainText(staffId);

  // The same phone number again: the api's problem, in Chinese, with its request id.
  await desk.getByTestId('invite').click();
  await dialog.getByLabel('姓名').fill('赵丽');
  await dialog.getByLabel('手机号').fill(mobile);
  await dialog.getByLabel('工号').fill(unique('zhao'));
  await dialog.getByRole('button', { name: '生成邀请码' }).click();
  await expect(dialog.getByTestId('invite-problem')).toContainText('该手机号已用于另一个账户');
  await expect(dialog.getByTestId('invite-problem')).toContainText('请求编号');
  await expectAccessible(desk);
  await screenshot(desk, 'console-invite-refused-desktop');
  await dialog.getByRole('button', { name: '取消' }).click();

  // The new staff member, at their own desk, opens the link they were given.
  const newcomer = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  problems.push(...watchPage(newcomer));
  await newcomer.goto(link);
  await expect(newcomer.getByLabel('激活码 / 邀请码')).toHaveValue(code);
  await newcomer.getByLabel('手机号').fill(mobile);
  await newcomer.getByLabel('设置密码（至少 8 位）').fill(PASSWORD);
  await newcomer.getByLabel('再次输入密码').fill(PASSWORD);
  await newcomer.getByRole('button', { name: '激活' }).click();
  await expect(newcomer.getByText('激活成功')).toBeVisible();
  await signIn(newcomer, { login: mobile, password: PASSWORD, subject: staffId });
  await expect(newcomer).toHaveURL(/\/console$/);
  await expect(newcomer.getByText('赵丽 · 社区工作人员')).toBeVisible();
  await expect(newcomer.getByRole('combobox', { name: '社区' })).toBeVisible();
  await expect(newcomer.locator('.c-header')).toContainText('杜岭社区');

  await desk.reload();
  await expect(desk.getByTestId('people').getByRole('row', { name: /赵丽/ })).toContainText('已激活');
  await desk.getByRole('menuitem', { name: '工作人员' }).click();
  await expect(desk.getByRole('row', { name: /赵丽/ })).toContainText('已激活');
  await expect(desk.getByRole('row', { name: /赵丽/ })).toContainText('杜岭社区');
  await expectAccessible(desk);
  await screenshot(desk, 'console-staff-desktop');
  expect(problems).toEqual([]);
});
