/** How far a replay or a check has got, reported after each page of the log. */
export interface ReplayProgress {
  phase: 'replay' | 'catch-up' | 'compare' | 'hash-chain';
  /** Events (or rows) done so far in this phase. */
  done: number;
  /** What the phase will have done at the end (the target position for a replay). */
  total: number;
}

export type ProgressListener = (progress: ReplayProgress) => void;
