import { expect, test, type Locator, type Page } from '@playwright/test';
import jsQR from 'jsqr';
import { call, communityWithStaff, DESKTOP, expectAccessible, expectNoEnglishLeaks, PASSWORD, phone, PHONE, screenshot, signIn, watchPage } from './support/journey';

/**
 * Reads the QR code as a camera would read what the page draws: the SVG's
 * modules, painted black on white at 8 pixels each, decoded with jsQR.
 */
async function scan(qr: Locator): Promise<string | null> {
  const [viewBox, path] = await Promise.all([qr.getAttribute('viewBox'), qr.locator('path').getAttribute('d')]);
  const modules = Number(viewBox!.split(' ')[2]);
  const scale = 8;
  const side = modules * scale;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  for (const [, x, y] of path!.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++) {
      for (let col = Number(x) * scale; col < (Number(x) + 1) * scale; col++) pixels.fill(0, (row * side + col) * 4, (row * side + col) * 4 + 3);
    }
  }
  return jsQR(pixels, side, side)?.data ?? null;
}

/** window.print, counted instead of opening the print dialog. */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate('window.printed = 0; window.print = () => { window.printed += 1; }');
}

test('staff issue an activation code whose printed slip carries a QR code, and later a new one for a forgotten password', async ({ browser }) => {
  const { communityId, staffToken, staff } = await communityWithStaff('紫荆山社区', '马干事');
  const mobile = phone();
  const { volunteerId } = await call<{ volunteerId: string }>('POST', '/v1/volunteers', staffToken, { name: '周桂芳', phone: mobile, communityId, partyMember: false });

  const desk = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  const problems = watchPage(desk);
  await signIn(desk, staff, `/console/volunteers/${volunteerId}`);
  await desk.getByTestId('issue-code').click();
  const dialog = desk.getByRole('dialog', { name: '发放激活码 · 周桂芳' });
  await expect(dialog).toContainText('14 天内有效');
  await expectAccessible(desk);
  await dialog.getByTestId('generate-code').click();
  await expect(dialog.getByTestId('slip-purpose')).toHaveText('首次激活');
  await expect(dialog.getByTestId('slip-name')).toHaveText('周桂芳');
  await expect(dialog).toContainText(`${mobile.slice(0, 3)}****${mobile.slice(7)}`);
  await expect(dialog).not.toContainText(mobile);
  const code = (await dialog.getByTestId('slip-code').innerText()).trim();
  expect(code).toMatch(/^\d{4} \d{4}$/);
  const url = await scan(dialog.getByTestId('slip-qr'));
  expect(url).toMatch(/\/activate#code=\d{8}$/);
  expect(url!.endsWith(code.replace(' ', ''))).toBe(true);
  await expectAccessible(desk);
  await expectNoEnglishLeaks(desk);
  await screenshot(desk, 'console-activation-slip-desktop');

  // Printing prints the slip alone.
  await stubPrint(desk);
  await dialog.getByTestId('print-slip').click();
  expect(await desk.evaluate('window.printed')).toBe(1);
  await desk.emulateMedia({ media: 'print' });
  await expect(desk.locator('.c-print-only .c-slip')).toBeVisible();
  await expect(desk.locator('.c-shell')).toBeHidden();
  await expect(dialog).toBeHidden();
  await screenshot(desk, 'console-activation-slip-print');
  await desk.emulateMedia({ media: 'screen' });
  await dialog.getByRole('button', { name: '完成' }).click();
  await expect(desk.locator('.c-print-only')).toHaveCount(0);

  // The volunteer scans the slip on their phone and activates.
  const handset = await (await browser.newContext({ viewport: PHONE })).newPage();
  problems.push(...watchPage(handset));
  await handset.goto(url!);
  await handset.getByLabel('手机号').fill(mobile);
  await handset.getByLabel('设置密码（至少 8 位）').fill(PASSWORD);
  await handset.getByLabel('再次输入密码').fill(PASSWORD);
  await handset.getByRole('button', { name: '激活' }).click();
  await expect(handset.getByText('激活成功')).toBeVisible();
  await signIn(handset, { login: mobile, password: PASSWORD, subject: volunteerId });
  await expect(handset).toHaveURL(/\/m$/);

  // Forgotten: a new code from staff is a password reset, typed by hand as the slip prints it.
  await desk.getByTestId('issue-code').click();
  await dialog.getByTestId('generate-code').click();
  await expect(dialog.getByTestId('slip-purpose')).toHaveText('重设密码');
  await expect(dialog).toContainText('时积 · 重新设置密码');
  const reset = (await dialog.getByTestId('slip-code').innerText()).trim();
  await screenshot(desk, 'console-password-reset-slip-desktop');
  await dialog.getByRole('button', { name: '完成' }).click();

  const forgetful = await (await browser.newContext({ viewport: PHONE })).newPage();
  problems.push(...watchPage(forgetful));
  await forgetful.goto(url!.replace(/\/activate#.*$/, '/activate'));
  await forgetful.getByLabel('激活码 / 邀请码').fill(reset);
  await forgetful.getByLabel('手机号').fill(mobile);
  await forgetful.getByLabel('设置密码（至少 8 位）').fill('Bright-Lantern-77');
  await forgetful.getByLabel('再次输入密码').fill('Bright-Lantern-77');
  await forgetful.getByRole('button', { name: '激活' }).click();
  await expect(forgetful.getByText('激活成功')).toBeVisible();
  await signIn(forgetful, { login: mobile, password: 'Bright-Lantern-77', subject: volunteerId });
  await expect(forgetful.getByTestId('credit')).toHaveText('0 分');
  expect(problems).toEqual([]);
});
