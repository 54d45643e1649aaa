import { startTestApi, type TestApi } from '../support/api';
import { committedWebApiSchema, webApiSchemaSource, writeWebApiSchema } from '../web/web-api-client';

/**
 * The web app talks to the api only through the client generated from the
 * OpenAPI document: a route, parameter or body that changed without
 * regenerating it (`npm run web:client`) fails here, and so in CI.
 */
describe('the web app\'s generated api client', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('matches the OpenAPI document the api serves', async () => {
    const document = (await api.anonymous().get('/docs-json').expect(200)).body;
    const generated = webApiSchemaSource(document);
    if (process.env.UPDATE_WEB_CLIENT === '1') await writeWebApiSchema(generated);
    expect(await committedWebApiSchema()).toBe(generated);
  });
});
