import { expect, test } from '@playwright/test';
import { account, activatedVolunteer, communityWithStaff, DESKTOP, expectAccessible, PHONE, screenshot, signIn, verifiedService, watchPage } from './support/journey';
import { withStreetPolicy } from './support/street-policy';

test("an admin changes the star thresholds and a volunteer's level changes on screen", async ({ browser }) => {
  // It reads back the policy it sets: no other journey may change it meanwhile.
  await withStreetPolicy(async () => {
    const { communityId, staffToken } = await communityWithStaff('南关社区');
    const zhang = await activatedVolunteer(communityId, staffToken, '张建国');
    const volunteerId = zhang.subject;
    await verifiedService(staffToken, volunteerId, 200, 30);

    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    const problems = watchPage(phone);
    await signIn(phone, zhang);
    await expect(phone.getByTestId('star-level')).toContainText('0 星');

    const desk = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    problems.push(...watchPage(desk));
    await signIn(desk, await account('admin', '王主任'), '/console/policy');
    await expect(desk.getByTestId('threshold-5').getByRole('spinbutton')).toHaveValue('1500');
    for (const [level, hours] of [[1, 1], [2, 2], [3, 3], [4, 4], [5, 5]]) {
      const input = desk.getByTestId(`threshold-${level}`).getByRole('spinbutton');
      await input.fill(String(hours));
      await input.blur();
    }
    await desk.getByTestId('save-thresholds').click();
    await expect(desk.getByText('1 / 2 / 3 / 4 / 5 小时').first()).toBeVisible();
    await expectAccessible(desk);
    await screenshot(desk, 'console-policy-desktop');

    await phone.reload();
    await expect(phone.getByTestId('star-level')).toContainText('3 星');
    await expect(phone.getByText('再服务 40 分 可达 4 星')).toBeVisible();
    expect(problems).toEqual([]);
  });
});
