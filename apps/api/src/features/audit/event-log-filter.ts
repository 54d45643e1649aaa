/** What an auditor may narrow the global log to; every field is optional and they combine with AND. */
export interface EventLogFilter {
  /** Inclusive bounds on the global position. */
  fromPosition?: number;
  toPosition?: number;
  /** Inclusive bounds on metadata.occurredAt. */
  from?: Date;
  to?: Date;
  types?: readonly string[];
  streamId?: string;
  /** Events of `account-<id>` or `volunteer-<id>`, or any event whose data names the volunteer. */
  volunteerId?: string;
  communityId?: string;
  /** metadata.actor.id */
  actorId?: string;
}
