import type { ServiceCategory, StarLevel } from '@shiji/domain';

/** What a notification tells, by kind; each names what the volunteer can open. */
export type NotificationSubject =
  | { kind: 'service_verified'; recordId: string; minutes: number }
  | { kind: 'service_rejected'; recordId: string; reason: string }
  | { kind: 'star_level_reached'; starLevel: StarLevel }
  | { kind: 'card_issued'; cardNumber: string; reissued: boolean }
  | { kind: 'request_assigned'; requestId: string; category: ServiceCategory | null; as: 'provider' | 'recipient' }
  | { kind: 'activity_cancelled'; activityId: string; title: string; startsAt: string; reason: string }
  | { kind: 'activity_moved'; activityId: string; title: string; startsAt: string; previousStartsAt: string }
  /** The volunteer waited in line for the activity, and a place came free. */
  | { kind: 'waitlist_promoted'; activityId: string; title: string; startsAt: string };

export type NotificationKind = NotificationSubject['kind'];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'service_verified', 'service_rejected', 'star_level_reached', 'card_issued', 'request_assigned', 'activity_cancelled', 'activity_moved', 'waitlist_promoted',
];

/** One line of a volunteer's feed. Its id derives from the event that caused it, so a replay rebuilds the same ids. */
export interface NotificationView extends Record<string, unknown> {
  notificationId: string;
  volunteerId: string;
  at: string;
  position: number;
  subject: NotificationSubject;
}

/** What the feed needs to know beyond each event: levels for "star level reached", participants for a cancellation. */
export interface NotifiedLevel extends Record<string, unknown> {
  volunteerId: string;
  lifetimeMinutes: number;
  /** The highest level ever announced: a correction that lowers the level and a later rise do not announce it twice. */
  announced: StarLevel;
}

export interface NotifiedActivity extends Record<string, unknown> {
  activityId: string;
  title: string;
  startsAt: string;
  participants: string[];
}

export interface NotifiedRequest extends Record<string, unknown> {
  requestId: string;
  forVolunteerId: string | null;
  category: ServiceCategory;
}

export interface NotifiedPolicy extends Record<string, unknown> {
  thresholdHours: number[];
}
