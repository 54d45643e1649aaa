import { reactive, shallowRef } from 'vue';
import { api, read, type Schemas } from '../../api/client';

type Role = string | null | undefined;

/**
 * Names for the people the audit logs name by id. Staff, admins and auditors
 * carry the name they were invited with (GET /v1/people); a volunteer's name
 * is in their profile, asked once per volunteer. An id that names nobody
 * (a CLI token's subject) stays as it is.
 */
export function usePeopleNames() {
  const bySubject = reactive(new Map<string, string>());
  const volunteers = reactive(new Map<string, string>());
  const everyone = shallowRef<Schemas['PersonView'][]>([]);
  let people: Promise<void> | null = null;

  function loadPeople(): Promise<void> {
    people ??= read(() => api.GET('/v1/people'))
      .then((answer) => {
        everyone.value = answer.items;
        for (const person of answer.items) if (person.name) bySubject.set(person.subject, person.name);
      })
      .catch(() => undefined);
    return people;
  }

  async function learnVolunteer(volunteerId: string): Promise<void> {
    if (volunteers.has(volunteerId)) return;
    volunteers.set(volunteerId, '');
    const profile = await read(() => api.GET('/v1/volunteers/{volunteerId}', { params: { path: { volunteerId } } })).catch(() => null);
    if (profile) volunteers.set(volunteerId, profile.name);
  }

  /** Looks up the names of these people (at most a page of them) before they are shown. */
  async function learn(who: Array<{ role: Role; subject: string | null | undefined }>): Promise<void> {
    await loadPeople();
    const unknown = new Set(who.filter((w) => w.role === 'volunteer' && w.subject).map((w) => w.subject!));
    await Promise.all([...unknown].map(learnVolunteer));
  }

  function nameOf(role: Role, subject: string | null | undefined): string {
    if (!subject) return '—';
    if (role === 'volunteer') return volunteers.get(subject) || subject;
    return bySubject.get(subject) ?? subject;
  }

  /** An actor id, whatever their role. */
  function nameOfActor(id: string): string {
    return bySubject.get(id) ?? (volunteers.get(id) || id);
  }

  return { everyone, learn, nameOf, nameOfActor };
}

const BROWSERS: Array<[RegExp, string]> = [
  [/MicroMessenger/i, '微信'],
  [/Edg\//, 'Edge'],
  [/Firefox\//, 'Firefox'],
  [/Chrom(e|ium)\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: Array<[RegExp, string]> = [
  [/Android/, 'Android'],
  [/iPhone|iPad|iPod/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** A user agent as a person reads it: browser and system, the full string in the cell's title. */
export function deviceName(agent: string | null | undefined): string {
  if (!agent) return '—';
  const browser = BROWSERS.find(([pattern]) => pattern.test(agent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(agent))?.[1];
  return [browser, system].filter(Boolean).join(' · ') || agent.slice(0, 24);
}
