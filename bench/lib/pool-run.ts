/** Runs task(0..total-1) with at most `concurrency` in flight; returns each task's latency in ms and the wall time. */
export async function runConcurrently(
  total: number,
  concurrency: number,
  task: (index: number) => Promise<boolean>,
): Promise<{ latencies: number[]; errors: number; elapsedMs: number; firstError?: string }> {
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  let next = 0;
  const started = performance.now();
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      const t0 = performance.now();
      try {
        if (!(await task(index))) errors += 1;
      } catch (error) {
        errors += 1;
        firstError ??= String(error);
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { latencies, errors, elapsedMs: performance.now() - started, firstError };
}
