import { defineConfig } from '@playwright/test';

/**
 * Journeys in Debian's Chromium (/usr/bin/chromium; a downloaded browser
 * cannot run here) against the real api, started once on a fresh embedded
 * PostgreSQL by the global setup. Each journey makes its own people and
 * communities, so several run at once (they spend most of their time
 * waiting on the page); a journey that changes the street-wide policy does
 * so inside `withStreetPolicy` (support/street-policy.ts), one at a time.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.journey\.ts$/,
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  workers: Number(process.env.BROWSER_WORKERS ?? 3),
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: process.env.BROWSER_RESULTS ?? 'test-results/browser.json' }]],
  outputDir: 'test-results/artifacts',
  use: {
    browserName: 'chromium',
    testIdAttribute: 'data-test',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // As a reader who turned animations off: pages settle at once (the app honours the setting).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
