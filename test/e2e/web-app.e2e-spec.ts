import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEB_APP_CONTENT_SECURITY_POLICY } from '../../apps/api/src/platform/http/web-app';
import { startTestApi, type TestApi } from '../support/api';

/** The api serves the built web app at `/`, with a history fallback that never answers the api's own paths. */
describe('the web app served by the api', () => {
  let api: TestApi;
  let directory: string;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'shiji-web-'));
    mkdirSync(join(directory, 'assets'));
    writeFileSync(join(directory, 'index.html'), '<!DOCTYPE html><title>时积</title><div id="app"></div>');
    writeFileSync(join(directory, 'assets', 'index-abc123.js'), 'console.log(1);');
    writeFileSync(join(directory, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    api = await startTestApi({ webAppDirectory: directory });
  });

  afterAll(async () => {
    await api.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('serves index.html at / with the app\'s content security policy, never cached stale', async () => {
    const response = await api.anonymous().get('/').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.text).toContain('<div id="app">');
    expect(response.headers['content-security-policy']).toBe(WEB_APP_CONTENT_SECURITY_POLICY);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers the app\'s own routes with index.html, so a reload of /m/ledger works', async () => {
    for (const path of ['/m/ledger', '/console/volunteers/abc', '/sign-in?next=%2Fconsole']) {
      const response = await api.anonymous().get(path).expect(200);
      expect(response.text).toContain('<div id="app">');
    }
  });

  it('serves hashed assets as immutable and other files as revalidated', async () => {
    const asset = await api.anonymous().get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await api.anonymous().get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
  });

  it('leaves /v1, /docs and /health to the api: an unknown api path is a 404 problem, not the app', async () => {
    const unknown = await api.anonymous().get('/v1/no-such-route').expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    await api.anonymous().get('/health/live').expect(200);
    expect((await api.anonymous().get('/docs-json').expect(200)).body.openapi).toBeDefined();
    const docs = await api.anonymous().get('/docs').expect(200);
    expect(docs.text).toContain('swagger-ui');
    const missingDoc = await api.anonymous().get('/docs/no-such-file.js').expect(404);
    expect(missingDoc.text).not.toContain('<div id="app">');
  });

  it('never serves a file outside the build', async () => {
    for (const path of ['/../package.json', '/assets/../../package.json', '/%2e%2e/package.json']) {
      const response = await api.anonymous().get(path);
      expect(response.text).not.toContain('"name": "shiji"');
    }
  });
});
