import { expect, test } from '@playwright/test';
import { activationCode, call, communityWithStaff, expectAccessible, PASSWORD, phone, PHONE, screenshot, server, signIn, watchPage } from './support/journey';

test('a volunteer activates, signs in on a phone and sees the hours staff just verified', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const problems = watchPage(page);
  const { communityId, staffToken } = await communityWithStaff('西大街社区');
  const mobile = phone();
  const { volunteerId } = await call<{ volunteerId: string }>('POST', '/v1/volunteers', staffToken, { name: '王秀英', phone: mobile, communityId, partyMember: true });
  const code = await activationCode(staffToken, volunteerId);
  const endsAt = new Date(Date.now() - 3600_000);
  const startsAt = new Date(endsAt.getTime() - 3 * 3600_000).toISOString();
  const { activityId } = await call<{ activityId: string }>('POST', '/v1/activities', staffToken, {
    title: '社区健康义诊', category: 'health_clinic', communityId, startsAt, endsAt: endsAt.toISOString(), place: '西大街社区卫生站',
  });
  await call('POST', `/v1/activities/${activityId}/signups`, staffToken, { volunteerId });
  await call('POST', '/v1/service-records', staffToken, { volunteerId, activityId, startedAt: startsAt, minutes: 150, verify: true });

  // The slip's QR code: /activate#code=…
  await page.goto(`${server().baseUrl}/activate#code=${code}`);
  await expect(page.getByRole('heading', { name: '激活账号' })).toBeVisible();
  await expect(page.getByLabel('激活码 / 邀请码')).toHaveValue(code);
  await page.getByLabel('手机号').fill(mobile);
  await page.getByLabel('设置密码（至少 8 位）').fill('short');
  await page.getByRole('button', { name: '激活' }).click();
  await expect(page.getByText('密码至少 8 位')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'volunteer-activate-phone');
  await page.getByLabel('设置密码（至少 8 位）').fill(PASSWORD);
  await page.getByLabel('再次输入密码').fill(PASSWORD);
  await page.getByRole('button', { name: '激活' }).click();
  await expect(page.getByText('激活成功')).toBeVisible();

  await page.getByRole('link', { name: '去登录' }).click();
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByText('请输入 11 位手机号或工号')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'volunteer-sign-in-phone');
  await signIn(page, { login: mobile, password: PASSWORD, subject: volunteerId });

  await expect(page).toHaveURL(/\/m$/);
  await expect(page.getByTestId('credit')).toHaveText('2 小时 30 分');
  await expect(page.getByTestId('lifetime')).toHaveText('2 小时 30 分');
  await expectAccessible(page);
  await screenshot(page, 'volunteer-balance-phone');

  await page.getByText('收支明细').click();
  await expect(page.getByText('社区健康义诊')).toBeVisible();
  await expect(page.getByText('+2 小时 30 分')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'volunteer-ledger-phone');

  await page.getByRole('tab', { name: '记录' }).click();
  await expect(page.getByText('已认证')).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'volunteer-records-phone');

  await page.getByRole('tab', { name: '活动' }).click();
  await expect(page.getByText('近期没有活动').or(page.getByText('社区健康义诊'))).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, 'volunteer-activities-phone');

  await page.goto(`${server().baseUrl}/m/rewards`);
  await expect(page.getByText('暂时没有您可享受的优待')).toBeVisible();
  await expectAccessible(page);

  await page.goto(`${server().baseUrl}/m/me`);
  await expect(page.getByText('王秀英')).toBeVisible();
  await page.getByRole('switch', { name: '大字模式' }).click();
  await expectAccessible(page);
  await screenshot(page, 'volunteer-me-large-text-phone');
  await page.getByRole('tab', { name: '账户' }).click();
  await expect(page.getByTestId('credit')).toHaveText('2 小时 30 分');
  await screenshot(page, 'volunteer-balance-large-text-phone');
  expect(problems).toEqual([]);
});
