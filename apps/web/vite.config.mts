import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers';
import { VantResolver } from '@vant/auto-import-resolver';
import vue from '@vitejs/plugin-vue';
import Components from 'unplugin-vue-components/vite';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.SHIJI_API_URL ?? 'http://localhost:3000';
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Stamps the build with its start time, as scripts/build-if-stale.js expects: `npm start` then rebuilds only after a later edit. */
function buildStamp(): Plugin {
  let startedAt = new Date();
  return {
    name: 'shiji-build-stamp',
    apply: 'build',
    buildStart() {
      startedAt = new Date();
    },
    closeBundle() {
      const stamp = join(outDir, '.build-stamp');
      writeFileSync(stamp, `${startedAt.toISOString()}\n`);
      utimesSync(stamp, startedAt, startedAt);
    },
  };
}

/**
 * Vant's icon font is inlined as woff2 with a fallback on a CDN; the app loads
 * nothing from another origin (its CSP says so), so the fallback goes.
 */
function vantIconsInlineOnly(): Plugin {
  return {
    name: 'shiji-vant-icons-inline-only',
    transform(code, id) {
      if (!/vant[\\/]es[\\/]icon[\\/]index\.css/.test(id)) return null;
      return { code: code.replace(/,\s*url\(\/\/at\.alicdn\.com[^)]*\) format\("woff"\)/g, ''), map: null };
    },
  };
}

/**
 * The volunteer pages (Vant) and the console (Element Plus) are separate
 * route chunks: components are imported where they are used, so a volunteer's
 * phone never loads Element Plus. `npm run dev:web` proxies the api's paths.
 */
export default defineConfig({
  root,
  base: '/',
  plugins: [
    vue(),
    buildStamp(),
    vantIconsInlineOnly(),
    Components({
      dts: false,
      dirs: [],
      resolvers: [ElementPlusResolver({ importStyle: 'css' }), VantResolver({ importStyle: true })],
    }),
  ],
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
  },
  build: {
    outDir,
    emptyOutDir: true,
    manifest: true,
    target: 'es2020',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // One chunk per UI library, so the budget check can prove a volunteer's pages never load Element Plus.
        codeSplitting: {
          groups: [
            { name: 'framework', test: /node_modules[\\/](vue|@vue|vue-router|pinia|vue-i18n|@intlify|openapi-fetch)[\\/]/, priority: 30 },
            { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 20 },
            { name: 'vant', test: /node_modules[\\/](vant|@vant)[\\/]/, priority: 20 },
            { name: 'element-plus', test: /node_modules[\\/](element-plus|@element-plus|@floating-ui|@popperjs|async-validator|lodash-es|lodash-unified|lodash|dayjs|@ctrl|memoize-one|normalize-wheel-es)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(['/v1', '/docs', '/docs-json', '/health'].map((path) => [path, { target: api, changeOrigin: false }])),
  },
});
