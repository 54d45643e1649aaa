import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { api, read, setAccessToken, whenUnauthenticated, type Schemas } from '../api/client';
import { MOBILE_PHONE } from '../shared/validation';

export type Actor = Schemas['ActorView'];
type Person = Schemas['PersonSummaryView'];
type SessionAnswer = Schemas['SessionAnswer'];

/**
 * The access token stays in memory; the refresh token is an HttpOnly cookie
 * the page never sees. After a reload the page renews its session from that
 * cookie, proving it is the console with the CSRF token, which it keeps from
 * the last answer or reads back from the readable `shiji_csrf` cookie.
 */
function csrfCookie(): string | null {
  const found = document.cookie.split('; ').find((part) => part.startsWith('shiji_csrf='));
  return found ? decodeURIComponent(found.slice('shiji_csrf='.length)) : null;
}

/** One refresh at a time across the person's tabs: two racing with one refresh token count as reuse and end the session. */
function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request('shiji-refresh', work) : work();
}

export const useSession = defineStore('session', () => {
  const actor = ref<Actor | null>(null);
  const person = ref<Person | null>(null);
  let csrfToken: string | null = null;
  const role = computed(() => actor.value?.role ?? null);
  const displayName = computed(() => person.value?.name ?? actor.value?.id ?? '');

  function keep(answer: SessionAnswer): void {
    setAccessToken(answer.accessToken);
    csrfToken = answer.csrfToken ?? csrfToken;
    person.value = answer.person;
  }

  function forget(): void {
    setAccessToken(null);
    csrfToken = null;
    actor.value = null;
    person.value = null;
  }

  /** A new access token from the refresh cookie; false when there is no session to renew. */
  async function refresh(): Promise<boolean> {
    const token = csrfToken ?? csrfCookie();
    if (!token) return false;
    return oneAtATime(async () => {
      const { data, response } = await api.POST('/v1/sessions/refresh', { body: {}, headers: { 'X-CSRF-Token': token }, credentials: 'same-origin' }).catch(() => ({ data: undefined, response: null }));
      if (!response?.ok || !data) return false;
      keep(data);
      return true;
    });
  }

  async function loadActor(): Promise<void> {
    actor.value = await read(() => api.GET('/v1/me'));
  }

  /** On start: renew the session from the refresh cookie, else nobody is signed in. */
  async function restore(): Promise<void> {
    if (!(await refresh())) return;
    try {
      await loadActor();
    } catch {
      forget();
    }
  }

  /** By phone number, or a staff member's staff id. */
  async function signIn(login: string, password: string): Promise<void> {
    const byPhone = MOBILE_PHONE.test(login);
    const answer = await read(() =>
      api.POST('/v1/sessions', { body: { ...(byPhone ? { phone: login } : { staffId: login }), password, refreshTokenIn: 'cookie' }, credentials: 'same-origin' }),
    );
    keep(answer);
    await loadActor();
  }

  async function activate(body: { code: string; phone: string; password: string }): Promise<void> {
    await read(() => api.POST('/v1/activations', { body }));
  }

  /**
   * Ends the session and reloads the app from scratch: every store, cached
   * list and chart of the previous person is gone, so nothing of one
   * community can show to the next person at this desk.
   */
  async function signOut(): Promise<void> {
    await api.DELETE('/v1/sessions/current', { credentials: 'same-origin' }).catch(() => undefined);
    forget();
    window.location.replace('/sign-in');
  }

  whenUnauthenticated(async () => {
    if (await refresh()) return true;
    forget();
    if (!window.location.pathname.startsWith('/sign-in')) window.location.replace(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
    return false;
  });

  return { actor, person, role, displayName, restore, signIn, activate, signOut, loadActor };
});
