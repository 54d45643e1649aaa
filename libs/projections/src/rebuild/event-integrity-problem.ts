/**
 * A stored event that breaks its stream's hash chain.
 * `altered`: its content no longer hashes to its stored hash (given its
 * predecessor's stored hash); `removed`: revisions are missing before it;
 * `reordered`: its global position is below its predecessor's in the stream.
 */
export interface EventIntegrityProblem {
  streamId: string;
  revision: number;
  position: number;
  kind: 'altered' | 'removed' | 'reordered';
  detail: string;
}
