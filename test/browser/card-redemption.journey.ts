import { expect, test } from '@playwright/test';
import { activatedVolunteer, admin, call, communityWithStaff, DESKTOP, expectAccessible, PHONE, screenshot, signIn, verifiedService, watchPage } from './support/journey';
import { withStreetPolicy } from './support/street-policy';

test('staff issue a card and redeem credits, and the volunteer sees the balance fall', async ({ browser }) => {
  // It reads back the policy it sets: no other journey may change it meanwhile.
  await withStreetPolicy(async () => {
    await call('PUT', '/v1/policy/star-levels', admin(), { thresholdHours: [1, 2, 3, 4, 5] });
    const { communityId, staffToken, staff } = await communityWithStaff('东关社区', '周干事');
    const holder = await activatedVolunteer(communityId, staffToken, '李桂兰');
    const volunteerId = holder.subject;
    await verifiedService(staffToken, volunteerId, 600, 30);

    const phone = await (await browser.newContext({ viewport: PHONE })).newPage();
    const phoneProblems = watchPage(phone);
    await signIn(phone, holder);
    await expect(phone.getByTestId('credit')).toHaveText('10 小时');
    await expect(phone.getByTestId('card')).toHaveText('未办理');

    const desk = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    const deskProblems = watchPage(desk);
    await signIn(desk, staff, `/console/volunteers/${volunteerId}`);
    await expect(desk.getByTestId('credit')).toHaveText('10 小时');
    await desk.getByRole('button', { name: '办理消费卡' }).click();
    await expect(desk.getByTestId('card')).toContainText('正常');
    await desk.getByRole('button', { name: '兑换服务时间' }).click();
    const dialog = desk.getByRole('dialog', { name: '兑换服务时间' });
    await dialog.getByRole('spinbutton', { name: '小时' }).fill('1');
    await dialog.getByRole('spinbutton', { name: '分钟' }).fill('30');
    await dialog.getByPlaceholder('如：上门助洁 2 小时').fill('上门助洁');
    await expectAccessible(desk);
    await dialog.getByRole('button', { name: '确认兑换' }).click();
    await expect(desk.getByTestId('credit')).toHaveText('8 小时 30 分');
    await expect(desk.getByText('上门助洁')).toBeVisible();
    await expectAccessible(desk);
    await screenshot(desk, 'console-volunteer-detail-desktop');

    await phone.reload();
    await expect(phone.getByTestId('credit')).toHaveText('8 小时 30 分');
    await expect(phone.getByTestId('lifetime')).toHaveText('10 小时');
    await expect(phone.getByTestId('card')).toHaveText('正常');
    await phone.getByText('收支明细').click();
    await expect(phone.getByText('-1 小时 30 分')).toBeVisible();
    await expect(phone.getByText('时间兑换 · 上门助洁')).toBeVisible();
    expect([...phoneProblems, ...deskProblems]).toEqual([]);
  });
});
