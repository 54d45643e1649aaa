import { expect, test } from '@playwright/test';
import { account, choose, communityWithStaff, DESKTOP, expectAccessible, expectNoEnglishLeaks, phone, screenshot, server, signIn, watchPage } from './support/journey';

test('an auditor finds a failed sign-in in the sign-in log, by whom and why, and their own reads in the access log', async ({ browser }) => {
  const { staff } = await communityWithStaff('金水社区', '胡干事');

  const desk = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const problems = watchPage(desk);
  await desk.goto(`${server().baseUrl}/sign-in`);
  await desk.getByLabel('手机号（工作人员可用工号）').fill(staff.login);
  await desk.getByLabel('密码').fill('not-my-password');
  await desk.getByRole('button', { name: '登录' }).click();
  await expect(desk.getByText('手机号（或工号）或密码不正确')).toBeVisible();
  await desk.getByLabel('手机号（工作人员可用工号）').fill(phone());
  await desk.getByRole('button', { name: '登录' }).click();
  await expect(desk.getByText('手机号（或工号）或密码不正确')).toBeVisible();
  await signIn(desk, staff);

  const audit = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  problems.push(...watchPage(audit));
  await signIn(audit, await account('auditor', '蒋审计'), '/console/audit/sign-ins');
  const log = audit.getByTestId('sign-ins');
  await expect(log.getByRole('row', { name: /胡干事 · 社区工作人员/ }).first()).toBeVisible();
  await choose(audit, audit.getByRole('combobox', { name: '类型' }), '登录失败');
  await audit.getByTestId('search').click();
  const failed = log.getByRole('row', { name: /胡干事/ });
  await expect(failed).toHaveCount(1);
  await expect(failed).toContainText('登录失败');
  await expect(failed).toContainText('用手机号，密码错误，第 1 次失败');
  await expect(failed).toContainText('Chrome · Linux');
  await expect(log.getByRole('row', { name: /未知账户/ }).first()).toContainText('账户不存在');
  await expect(log.getByRole('row', { name: /登录成功/ })).toHaveCount(0);
  await expectAccessible(audit);
  await expectNoEnglishLeaks(audit);
  await screenshot(audit, 'console-sign-in-log-desktop');

  await choose(audit, audit.getByRole('combobox', { name: '账户' }), /^胡干事 · 社区工作人员/);
  await choose(audit, audit.getByRole('combobox', { name: '类型' }), '登录成功');
  await audit.getByTestId('search').click();
  await expect(log.getByRole('row', { name: /登录成功/ })).toHaveCount(1);
  await expect(log).not.toContainText('登录失败');

  await audit.getByRole('menuitem', { name: '访问日志' }).click();
  await expect(audit.getByTestId('access-log').getByRole('row', { name: /蒋审计/ }).filter({ hasText: '/v1/audit/sign-ins' }).first()).toBeVisible();
  await expectAccessible(audit);
  await screenshot(audit, 'console-access-log-desktop');
  expect(problems).toEqual([]);
});
