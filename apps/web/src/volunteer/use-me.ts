import { computed } from 'vue';
import { api, read } from '../api/client';
import { useSession } from '../session/session';
import { useLoad } from '../shared/use-load';

/** The signed-in volunteer: their id is their token's subject. */
export function useVolunteerId() {
  const session = useSession();
  return computed(() => session.actor?.id ?? '');
}

export function useProfile() {
  const id = useVolunteerId();
  return useLoad(() => read(() => api.GET('/v1/volunteers/{volunteerId}', { params: { path: { volunteerId: id.value } } })));
}
