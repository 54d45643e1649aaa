import { expect, test } from '@playwright/test';
import { call, communityWithStaff, DESKTOP, expectAccessible, screenshot, signIn, volunteer, watchPage } from './support/journey';

const NAMES = ['王秀英', '李桂兰', '张建国', '刘淑珍', '陈志强', '杨玉梅', '赵德明', '黄丽华', '周文博', '吴海燕'];

test('staff record attendance for a 10-person activity and verify it', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const problems = watchPage(page);
  const { communityId, staffToken, staff } = await communityWithStaff('北下街社区', '李主任');
  const volunteers = [];
  for (const name of NAMES) volunteers.push(await volunteer(communityId, staffToken, name));
  const endsAt = new Date(Date.now() - 3600_000);
  const startsAt = new Date(endsAt.getTime() - 2 * 3600_000);
  const { activityId } = await call<{ activityId: string }>('POST', '/v1/activities', staffToken, {
    title: '重阳节敬老探访', category: 'elderly_care', communityId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), place: '北下街社区养老院',
  });
  for (const volunteerId of volunteers) await call('POST', `/v1/activities/${activityId}/signups`, staffToken, { volunteerId });

  await signIn(page, staff, `/console/activities/${activityId}`);
  const sheet = page.getByTestId('attendance');
  await expect(sheet.getByRole('row')).toHaveCount(11);
  await expect(sheet).toContainText('王秀英');
  const wu = sheet.getByRole('row', { name: /吴海燕/ });
  await wu.getByRole('spinbutton').fill('90');
  await wu.getByRole('spinbutton').blur();
  await expectAccessible(page);
  await screenshot(page, 'console-attendance-desktop');

  await page.getByTestId('record-attendance').click();
  await expect(sheet.getByText('已认证')).toHaveCount(10);
  await screenshot(page, 'console-attendance-verified-desktop');

  const accounts = await Promise.all(volunteers.map((id) => call<{ lifetimeMinutes: number }>('GET', `/v1/volunteers/${id}/account`, staffToken)));
  expect(accounts.map((account) => account.lifetimeMinutes)).toEqual([120, 120, 120, 120, 120, 120, 120, 120, 120, 90]);
  expect(problems).toEqual([]);
});
