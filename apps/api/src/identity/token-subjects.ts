import { assertNever, fold, staffStream, toDomainEvent, volunteerDecider, volunteerStream, type PersonRole, type VolunteerEvent } from '@shiji/domain';
import type { EventStore } from '@shiji/event-store';
import type { Queryable } from '@shiji/postgres';

/**
 * Whether a token may name this subject: a volunteer who exists and was not
 * erased, a registered staff member, or the person id of an admin or auditor
 * with an account. The CLI issues tokens only for subjects that exist.
 */
export async function subjectExists(role: PersonRole, subject: string, store: EventStore, db: Queryable): Promise<boolean> {
  switch (role) {
    case 'volunteer': {
      const events = await store.readStream(volunteerStream(subject));
      const volunteer = fold(volunteerDecider, events.map((event) => toDomainEvent(event) as VolunteerEvent));
      return volunteer.exists && !volunteer.erased;
    }
    case 'staff':
      return (await store.readStream(staffStream(subject), { maxCount: 1 })).length > 0;
    case 'admin':
    case 'auditor': {
      const { rowCount } = await db.query('SELECT 1 FROM identity_accounts WHERE role = $1 AND subject = $2', [role, subject]);
      return (rowCount ?? 0) > 0;
    }
    default:
      return assertNever(role);
  }
}
