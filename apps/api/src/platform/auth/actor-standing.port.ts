/**
 * What a token may still do is read from current state, not from the token:
 * a revoked grant or an erasure binds tokens issued before it. Implemented
 * where the streams are read (the write side), so the guard needs no more
 * than this.
 */
export interface ActorStanding {
  /** The communities a staff member holds now; null when no such staff member is registered. */
  staffCommunities(staffId: string): Promise<ReadonlySet<string> | null>;
  /** True once the volunteer's personal data was erased: their tokens no longer speak for anyone. */
  volunteerErased(volunteerId: string): Promise<boolean>;
}

export const ACTOR_STANDING = Symbol('ACTOR_STANDING');
