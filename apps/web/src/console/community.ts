import { defineStore } from 'pinia';
import { computed, ref, watch } from 'vue';
import { api, read, type Schemas } from '../api/client';
import { useSession } from '../session/session';

/**
 * The community the console works in. Staff choose among their own
 * communities only; admins and auditors among all. Lives in memory with the
 * session: a sign-out reloads the app, so the next person starts empty.
 */
export const useCommunity = defineStore('console-community', () => {
  const session = useSession();
  const all = ref<Schemas['Community'][]>([]);
  const current = ref('');
  const choices = computed(() => (session.actor?.role === 'staff' ? all.value.filter((c) => session.actor!.communities.includes(c.communityId)) : all.value));
  const currentName = computed(() => all.value.find((c) => c.communityId === current.value)?.name ?? current.value);

  async function load(): Promise<void> {
    all.value = (await read(() => api.GET('/v1/communities'))).items;
    if (!choices.value.some((c) => c.communityId === current.value)) current.value = choices.value[0]?.communityId ?? '';
  }

  watch(
    () => session.actor?.id,
    () => {
      all.value = [];
      current.value = '';
    },
  );

  function nameOf(communityId: string | null | undefined): string {
    if (!communityId) return '—';
    return all.value.find((c) => c.communityId === communityId)?.name ?? communityId;
  }

  return { all, current, choices, currentName, load, nameOf };
});
