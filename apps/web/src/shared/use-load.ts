import { ref, shallowRef, type Ref } from 'vue';
import { ApiProblem } from '../api/problem';

export interface Load<T> {
  data: Ref<T | null>;
  loading: Ref<boolean>;
  problem: Ref<ApiProblem | null>;
  reload: () => Promise<void>;
}

function asProblem(error: unknown): ApiProblem {
  return error instanceof ApiProblem ? error : new ApiProblem(0, { title: '页面出错了 / Something went wrong', code: 'CLIENT' }, null);
}

/** One query's loading, error and data, for the page's three states. */
export function useLoad<T>(query: () => Promise<T>, options: { immediate?: boolean } = {}): Load<T> {
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const problem = shallowRef<ApiProblem | null>(null);
  let generation = 0;
  const reload = async () => {
    const mine = ++generation;
    loading.value = true;
    problem.value = null;
    try {
      const value = await query();
      if (mine === generation) data.value = value;
    } catch (error) {
      if (mine === generation) {
        problem.value = asProblem(error);
        data.value = null;
      }
    } finally {
      if (mine === generation) loading.value = false;
    }
  };
  if (options.immediate !== false) void reload();
  return { data, loading, problem, reload };
}

export { asProblem };
