import { EVENT_STORE, type EventStore } from '@shiji/event-store';
import type { ProjectionProgress } from '@shiji/projections';
import request from 'supertest';
import { PROJECTION_PROGRESS } from '../../apps/api/src/projections/projection-progress.provider';
import { createTestApp, type TestApp, type TestAppOptions } from './app';

type Role = 'volunteer' | 'staff' | 'admin' | 'auditor';

export interface TestApi {
  app: TestApp;
  store: EventStore;
  /**
   * Requests with a token for this role (and communities), subject `${role}-test` unless given.
   * A staff token only works for registered staff holding those communities: each request first
   * registers the staff member and grants them (once per staff member and community, via the admin api).
   */
  as(role: Role, communities?: string[], sub?: string): ReturnType<typeof request.agent>;
  anonymous(): ReturnType<typeof request>;
  /** The last committed position (EventStore.lastCommittedPosition). */
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
  const staff = staffRegistry(app);
  return {
    app,
    store,
    as: (role, communities = [], sub = `${role}-test`) => {
      const agent = request.agent(app.server).set('Authorization', `Bearer ${app.token({ sub, role, communities })}`);
      return role === 'staff' ? sentAfter(agent, () => staff.ensure(sub, communities)) : agent;
    },
    anonymous: () => request(app.server),
    // The last committed position, not the head subscribers see: an append that commits beside an older open
    // transaction (a projection batch, say) joins that head only a moment later, so a test asserting "nothing was
    // appended", or waiting for the views, could compare against a head that moves by itself.
    headPosition: () => store.lastCommittedPosition(),
    waitForProjections: async () => {
      if (!(await progress.waitFor(await store.lastCommittedPosition(), 10_000))) throw new Error('projections did not catch up within 10 s');
    },
    close: () => app.close(),
  };
}

type Agent = ReturnType<typeof request.agent>;
const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/** The agent's requests are sent once `ready` resolves: awaiting a request (its `then`) waits for it first. */
function sentAfter(agent: Agent, ready: () => Promise<void>): Agent {
  for (const method of METHODS) {
    const original = agent[method].bind(agent) as (...args: unknown[]) => request.Test;
    Object.assign(agent, {
      [method]: (...args: unknown[]) => {
        const test = original(...args);
        const send = test.then.bind(test);
        return Object.assign(test, {
          then: (onFulfilled?: (value: request.Response) => unknown, onRejected?: (reason: unknown) => unknown) =>
            ready().then(() => send(onFulfilled, onRejected), onRejected),
        });
      },
    });
  }
  return agent;
}

class CommunityNotYet extends Error {}

/** Registers staff members and their grants through the admin api, each once. */
function staffRegistry(app: TestApp) {
  const done = new Map<string, Promise<void>>();
  const admin = () => `Bearer ${app.token({ sub: 'staff-registrar', role: 'admin' })}`;
  const once = (key: string, work: () => Promise<void>): Promise<void> => {
    let promise = done.get(key);
    if (!promise) {
      promise = work();
      done.set(key, promise);
      promise.catch(() => done.delete(key));
    }
    return promise.catch((error: unknown) => {
      if (!(error instanceof CommunityNotYet)) throw error;
    });
  };
  const expectStatus = (response: request.Response, allowed: number[], what: string) => {
    if (!allowed.includes(response.status)) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  };
  return {
    ensure: async (staffId: string, communities: readonly string[]) => {
      await once(staffId, async () => {
        const response = await request(app.server).post('/v1/staff').set('Authorization', admin()).send({ staffId, name: staffId, communityIds: [] });
        expectStatus(response, [201, 409], `registering staff ${staffId}`);
      });
      await Promise.all(
        communities.map((communityId) =>
          once(`${staffId}\n${communityId}`, async () => {
            const response = await request(app.server).post(`/v1/staff/${encodeURIComponent(staffId)}/grants`).set('Authorization', admin()).send({ communityId });
            // Only a community that exists is granted: one the test has not registered yet is tried again on the next request.
            if (response.status === 404 && response.body.code === 'COMMUNITY_NOT_FOUND') throw new CommunityNotYet();
            expectStatus(response, [201, 409], `granting ${communityId} to ${staffId}`);
          }),
        ),
      );
    },
  };
}
