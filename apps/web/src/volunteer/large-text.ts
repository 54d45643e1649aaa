import { ref, watch } from 'vue';

const KEY = 'shiji.largeText';

/** Large text for elderly users: one switch, remembered on this phone. */
export const largeText = ref(localStorage.getItem(KEY) === '1');
watch(largeText, (on) => localStorage.setItem(KEY, on ? '1' : '0'));
