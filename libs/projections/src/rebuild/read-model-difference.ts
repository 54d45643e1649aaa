/**
 * One row where the live read models and a fresh replay disagree.
 * `missing`: the replay has it, live does not; `extra`: live has it, the
 * replay does not; `different`: both have it, with other data or position.
 */
export interface ReadModelDifference {
  collection: string;
  id: string;
  kind: 'missing' | 'extra' | 'different';
  livePosition: number | null;
  replayPosition: number | null;
}
