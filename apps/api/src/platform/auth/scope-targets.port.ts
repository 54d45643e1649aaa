export const TARGET_KINDS = ['community', 'volunteer', 'team', 'activity', 'serviceRecord', 'redemption', 'serviceRequest', 'application', 'rosterImport', 'unit', 'serviceProject', 'agreement', 'pairing', 'need', 'unitRecord'] as const;

export type TargetKind = (typeof TARGET_KINDS)[number];

/** What the access policy needs to know of a target. */
export interface TargetFacts {
  communityId: string;
  /** The volunteer whose data it is; undefined for things nobody owns (teams, activities, communities). */
  owner?: string | null;
}

/**
 * Looks targets up; null when the target does not exist (the route then
 * answers 404 itself). `seenPosition` is the log position the reader has
 * seen (X-Min-Position): the facts are then at least that fresh, so a link
 * just undone (a unit's liaison officer) grants nothing any more.
 */
export interface ScopeTargets {
  resolve(kind: Exclude<TargetKind, 'community'>, id: string, seenPosition?: number): Promise<TargetFacts | null>;
}

export const SCOPE_TARGETS = Symbol('SCOPE_TARGETS');
