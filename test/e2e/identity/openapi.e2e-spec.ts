import request from 'supertest';
import { createTestApp, type TestApp } from '../../support/app';

const ROUTES: Array<[path: string, method: string, status: string, isPublic: boolean]> = [
  ['/v1/sessions', 'post', '201', true],
  ['/v1/sessions/refresh', 'post', '200', true],
  ['/v1/sessions/current', 'delete', '204', false],
  ['/v1/activations', 'post', '201', true],
  ['/v1/invitations', 'post', '201', false],
  ['/v1/volunteers/{volunteerId}/activation-codes', 'post', '201', false],
  ['/v1/me/sessions', 'get', '200', false],
  ['/v1/me/sessions/{sessionId}', 'delete', '204', false],
  ['/v1/me/password', 'put', '200', false],
  ['/v1/people', 'get', '200', false],
  ['/v1/people/{personId}/sessions', 'delete', '200', false],
  ['/v1/audit/sign-ins', 'get', '200', false],
];

interface Operation {
  summary?: string;
  security?: unknown[];
  requestBody?: unknown;
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

describe('the OpenAPI document covers signing in', () => {
  let app: TestApp;
  let paths: Record<string, Record<string, Operation>>;
  let schemas: Record<string, { properties?: Record<string, unknown> }>;

  beforeAll(async () => {
    app = await createTestApp();
    const document = (await request(app.server).get('/docs-json').expect(200)).body;
    paths = document.paths;
    schemas = document.components.schemas;
  });

  afterAll(() => app?.close());

  it.each(ROUTES)('%s %s: a summary, its success answer and who may call it', (path, method, status, isPublic) => {
    const operation = paths[path]?.[method];
    expect(operation).toBeDefined();
    expect(operation.summary).toMatch(/ \/ /);
    expect(operation.responses[status]).toBeDefined();
    if (status !== '204') expect(operation.responses[status].content?.['application/json']?.schema).toBeDefined();
    if (isPublic) expect(operation.security).toEqual([{}]);
    else expect(operation.security).not.toEqual([{}]);
  });

  it('describes the session answer and the sign-in body', () => {
    expect(Object.keys(schemas.SessionAnswer.properties ?? {})).toEqual(
      expect.arrayContaining(['tokenType', 'accessToken', 'expiresIn', 'accessTokenExpiresAt', 'refreshToken', 'refreshTokenExpiresAt', 'csrfToken', 'sessionId', 'person']),
    );
    expect(Object.keys(schemas.SignInBody.properties ?? {})).toEqual(['phone', 'staffId', 'password', 'refreshTokenIn']);
    expect(Object.keys(schemas.ActivationCodeView.properties ?? {})).toEqual(expect.arrayContaining(['code', 'activationUrl', 'slip']));
  });
});
