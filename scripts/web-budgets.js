'use strict';
/**
 * Checks the web app's size budgets after `vite build` (part of `npm run build`):
 * the JavaScript a first visit downloads, gzipped, for the volunteer pages
 * (entry + /m layout + its home page, and everything they import statically)
 * and for the console (entry + /console layout + its dashboard). It also fails
 * when a volunteer's first visit would load the Element Plus chunk.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const DIST = join(__dirname, '..', 'dist', 'web');
const KB = 1024;
const BUDGETS = [
  { name: 'volunteer pages', entries: ['index.html', 'src/volunteer/VolunteerLayout.vue', 'src/volunteer/BalancePage.vue'], limit: 200 * KB, forbidden: 'element-plus' },
  { name: 'console', entries: ['index.html', 'src/console/ConsoleLayout.vue', 'src/console/DashboardPage.vue'], limit: 600 * KB },
];

const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8'));

function closure(keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`no chunk ${key} in the build manifest`);
    seen.add(key);
    for (const next of chunk.imports ?? []) visit(next);
  };
  keys.forEach(visit);
  return [...seen].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
}

let failed = false;
for (const budget of BUDGETS) {
  const files = closure(budget.entries);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, 0);
  const over = bytes > budget.limit;
  const leak = budget.forbidden ? files.filter((file) => file.includes(budget.forbidden)) : [];
  failed ||= over || leak.length > 0;
  process.stdout.write(`web budget ${budget.name}: ${(bytes / KB).toFixed(1)} KB gzip of ${budget.limit / KB} KB (${files.length} files)${over ? ' OVER BUDGET' : ''}\n`);
  if (leak.length) process.stdout.write(`web budget ${budget.name}: must not load ${leak.join(', ')}\n`);
}
if (failed) process.exit(1);
