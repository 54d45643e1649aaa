import { expect, test } from '@playwright/test';
import { admin, call, communityWithStaff, DESKTOP, expectAccessible, expectNoEnglishLeaks, screenshot, signIn, verifiedService, volunteer, watchPage } from './support/journey';
import { withStreetPolicy } from './support/street-policy';

test('staff suspend a card with a reason and reinstate it, then report it lost and reissue it', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const problems = watchPage(page);
  // Low thresholds while the card is issued; a card stays once issued.
  const { volunteerId, staff, staffToken } = await withStreetPolicy(async () => {
    await call('PUT', '/v1/policy/star-levels', admin(), { thresholdHours: [1, 2, 3, 4, 5] });
    const { communityId, staffToken, staff } = await communityWithStaff('人民路社区', '陈干事');
    const volunteerId = await volunteer(communityId, staffToken, '黄淑英');
    await verifiedService(staffToken, volunteerId, 360, 30);
    await call('POST', `/v1/volunteers/${volunteerId}/card`, staffToken);
    return { volunteerId, staff, staffToken };
  });

  await signIn(page, staff, `/console/volunteers/${volunteerId}`);
  const card = page.getByTestId('card');
  const actions = page.getByTestId('card-actions');
  await expect(card).toContainText('正常');
  const firstNumber = (await card.innerText()).split('·')[1].trim();

  await actions.getByRole('button', { name: '暂停使用' }).click();
  const dialog = page.getByTestId('card-dialog');
  await expect(dialog.getByRole('button', { name: '确认' })).toBeDisabled();
  await dialog.getByRole('textbox', { name: '原因' }).fill('持卡人住院，家属代为保管');
  await expectAccessible(page);
  await screenshot(page, 'console-card-suspend-desktop');
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(card).toContainText('已暂停');
  await expect(actions.getByRole('button', { name: '兑换服务时间' })).toHaveCount(0);
  await expect(page.locator('.el-message', { hasText: '消费卡已暂停' })).toBeVisible();

  await actions.getByRole('button', { name: '恢复使用' }).click();
  await expect(card).toContainText('正常');
  await expect(actions.getByRole('button', { name: '兑换服务时间' })).toBeVisible();

  await actions.getByRole('button', { name: '挂失' }).click();
  await expect(dialog).toContainText(`挂失后卡号 ${firstNumber} 不能再使用`);
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(card).toContainText('已挂失');
  await actions.getByRole('button', { name: '补办新卡' }).click();
  await expect(dialog).toContainText(`为黄淑英补办一张新卡，原卡号 ${firstNumber} 随即作废`);
  await dialog.getByRole('button', { name: '确认' }).click();
  await expect(card).toContainText('正常');
  await expect(card).not.toContainText(firstNumber);
  await expectAccessible(page);
  await expectNoEnglishLeaks(page);
  await screenshot(page, 'console-volunteer-card-desktop');

  const account = await call<{ card: { status: string; cardNumber: string } }>('GET', `/v1/volunteers/${volunteerId}/account`, staffToken);
  expect(account.card.status).toBe('active');
  expect(account.card.cardNumber).not.toBe(firstNumber);
  expect(problems).toEqual([]);
});
