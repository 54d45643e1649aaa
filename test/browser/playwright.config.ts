import { defineConfig } from '@playwright/test';

/**
 * Journeys in Debian's Chromium (/usr/bin/chromium; a downloaded browser
 * cannot run here) against the real api, started once on a fresh embedded
 * PostgreSQL by the global setup. One worker: journeys make their own
 * people and communities, but several change the street-wide policy (star
 * thresholds, the card's rule) that the others read. BROWSER_WORKERS=2 runs
 * two at once, for a quick look while none of those is changed.
 */
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.journey\.ts$/,
  globalSetup: './support/global-setup.ts',
  globalTeardown: './support/global-teardown.ts',
  workers: Number(process.env.BROWSER_WORKERS ?? 1),
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
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
