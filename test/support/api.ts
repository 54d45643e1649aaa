import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import request from 'supertest';
import { PROJECTION_PROGRESS } from '../../apps/api/src/projections/projection-progress.provider';
import { createTestApp, type TestApp, type TestAppOptions } from './app';

type Role = 'volunteer' | 'staff' | 'admin' | 'auditor';

export interface TestApi {
  app: TestApp;
  store: EventStore;
  /** Requests with a token for this role (and communities), subject `${role}-test` unless given. */
  as(role: Role, communities?: string[], sub?: string): ReturnType<typeof request.agent>;
  anonymous(): ReturnType<typeof request>;
  headPosition(): Promise<number>;
  /** Waits until every projection has applied the whole log. */
  waitForProjections(): Promise<void>;
  close(): Promise<void>;
}

/** The real api with its projections, on a fresh test database, for HTTP tests. */
export async function startTestApi(options: TestAppOptions = {}): Promise<TestApi> {
  const app = await createTestApp(options);
  const store = app.app.get<EventStore>(EVENT_STORE);
  const progress = app.app.get<ProjectionProgress>(PROJECTION_PROGRESS);
  return {
    app,
    store,
    as: (role, communities = [], sub = `${role}-test`) =>
      request.agent(app.server).set('Authorization', `Bearer ${app.token({ sub, role, communities })}`),
    anonymous: () => request(app.server),
    headPosition: () => store.headPosition(),
    waitForProjections: async () => {
      if (!(await progress.waitFor(await store.headPosition(), 10_000))) throw new Error('projections did not catch up within 10 s');
    },
    close: () => app.close(),
  };
}
