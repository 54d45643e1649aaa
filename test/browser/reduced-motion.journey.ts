import { expect, test, type Browser } from '@playwright/test';
import { server } from './support/server';

/**
 * The transition, in seconds, that a fading element (as a dialog or a toast
 * is) gets on the sign-in page, in a browser set to the given motion preference.
 */
async function fadeDuration(browser: Browser, reducedMotion: 'reduce' | 'no-preference'): Promise<number> {
  const context = await browser.newContext({ reducedMotion });
  try {
    const page = await context.newPage();
    await page.goto(`${server().baseUrl}/sign-in`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // A string: this file is compiled without the DOM's types.
    const duration = await page.evaluate(`(() => {
      const fading = document.createElement('div');
      fading.style.transition = 'opacity 0.3s ease';
      document.body.append(fading);
      return getComputedStyle(fading).transitionDuration;
    })()`);
    return parseFloat(String(duration));
  } finally {
    await context.close();
  }
}

test('a reader who asked their system for less motion gets no transitions; others keep them', async ({ browser }) => {
  expect(await fadeDuration(browser, 'no-preference')).toBe(0.3);
  expect(await fadeDuration(browser, 'reduce')).toBeLessThan(0.001);
});
