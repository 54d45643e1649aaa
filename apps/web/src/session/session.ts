import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, read, setAccessToken, whenUnauthenticated } from '../api/client';
import { ApiProblem, type ProblemBody } from '../api/problem';
import type { Schemas } from '../api/client';

export type Actor = Schemas['ActorView'];

/** The access token lives for this tab only; a reload renews it from the refresh cookie. */
const TOKEN_KEY = 'shiji.accessToken';
const CSRF_KEY = 'shiji.csrfToken';

interface SessionAnswer {
  accessToken: string;
  csrfToken?: string;
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

async function problemOf(response: Response): Promise<ApiProblem> {
  const body = (await response.json().catch(() => ({}))) as ProblemBody;
  return new ApiProblem(response.status, body, response.headers.get('X-Request-Id'));
}

export const useSession = defineStore('session', () => {
  const actor = ref<Actor | null>(null);
  const role = computed(() => actor.value?.role ?? null);

  function keep(answer: SessionAnswer): void {
    setAccessToken(answer.accessToken);
    sessionStorage.setItem(TOKEN_KEY, answer.accessToken);
    if (answer.csrfToken) sessionStorage.setItem(CSRF_KEY, answer.csrfToken);
  }

  function forget(): void {
    setAccessToken(null);
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(CSRF_KEY);
    actor.value = null;
  }

  /** A new access token from the refresh cookie; false when there is no session to renew. */
  async function refresh(): Promise<boolean> {
    const csrf = sessionStorage.getItem(CSRF_KEY);
    const response = await post('/v1/sessions/refresh', {}, csrf ? { 'X-CSRF-Token': csrf } : {}).catch(() => null);
    if (!response?.ok) return false;
    keep((await response.json()) as SessionAnswer);
    return true;
  }

  async function loadActor(): Promise<void> {
    actor.value = await read(() => api.GET('/v1/me'));
  }

  /** On start: the tab's token, else the refresh cookie, else nobody. */
  async function restore(): Promise<void> {
    const saved = sessionStorage.getItem(TOKEN_KEY);
    if (saved) setAccessToken(saved);
    else if (!(await refresh())) return;
    try {
      await loadActor();
    } catch {
      forget();
    }
  }

  async function signIn(phone: string, password: string): Promise<void> {
    const response = await post('/v1/sessions', { phone, password });
    if (!response.ok) throw await problemOf(response);
    keep((await response.json()) as SessionAnswer);
    await loadActor();
  }

  async function activate(body: Record<string, string>): Promise<void> {
    const response = await post('/v1/activations', body);
    if (!response.ok) throw await problemOf(response);
  }

  /**
   * Ends the session and reloads the app from scratch: every store, cached
   * list and chart of the previous person is gone, so nothing of one
   * community can show to the next person at this desk.
   */
  async function signOut(): Promise<void> {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) await fetch('/v1/sessions/current', { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
    forget();
    window.location.replace('/sign-in');
  }

  whenUnauthenticated(async () => {
    if (await refresh()) return true;
    forget();
    if (!window.location.pathname.startsWith('/sign-in')) window.location.replace(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
    return false;
  });

  return { actor, role, restore, signIn, activate, signOut, loadActor };
});
