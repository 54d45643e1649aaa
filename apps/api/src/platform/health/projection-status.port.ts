/** How far one projection has read the global log. */
export interface ProjectionCheckpoint {
  name: string;
  /** Global position of the last event the projection has applied. */
  checkpoint: number;
  /** Global position of the last event it could apply now. */
  head: number;
}

/**
 * Provided by the projections wiring from a global module (the ProjectionProgress
 * of @shiji/projections fits as it is) so that /health can report lag; without
 * it /health reports the lag as not available.
 */
export interface ProjectionStatus {
  lag(): Promise<readonly ProjectionCheckpoint[]>;
}

export const PROJECTION_STATUS = Symbol('PROJECTION_STATUS');
