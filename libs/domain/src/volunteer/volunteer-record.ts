import { isCalendarDay } from '../shared/calendar-day';
import { assertNever } from '../shared/decider';
import { DomainError } from '../shared/domain-error';
import { isWholeMinutes } from '../shared/minutes';

/** 志愿服务记录 beyond service hours (记录与证明出具办法): training attended, commendations and yearly evaluations. */
export const COMMENDATION_LEVELS = ['community', 'street', 'district', 'city'] as const;
export type CommendationLevel = (typeof COMMENDATION_LEVELS)[number];
export const EVALUATION_RATINGS = ['excellent', 'good', 'pass', 'fail'] as const;
export type EvaluationRating = (typeof EVALUATION_RATINGS)[number];

export interface Training {
  course: string;
  minutes: number;
  /** Shanghai day, YYYY-MM-DD. */
  date: string;
  trainer: string;
}
export interface Commendation {
  title: string;
  level: CommendationLevel;
  date: string;
}
export interface Evaluation {
  year: number;
  rating: EvaluationRating;
  comment: string;
  evaluatedBy: string;
}

export type VolunteerRecordEvent =
  | { type: 'TrainingAttended'; data: Training & { volunteerId: string } }
  | { type: 'CommendationReceived'; data: Commendation & { volunteerId: string } }
  | { type: 'VolunteerEvaluated'; data: Evaluation & { volunteerId: string } };

export interface VolunteerRecord {
  trainings: Training[];
  commendations: Commendation[];
  /** One a year: a later evaluation of the same year replaces the earlier. */
  evaluations: Evaluation[];
}

export const emptyVolunteerRecord = (): VolunteerRecord => ({ trainings: [], commendations: [], evaluations: [] });


/** Refuses an entry that cannot be true: a training of no time, a date that is no day. */
export function checkRecordEntry(event: VolunteerRecordEvent): VolunteerRecordEvent {
  if (event.type === 'TrainingAttended' && !isWholeMinutes(event.data.minutes, 1, 24 * 60)) {
    throw new DomainError('INVALID_MINUTES', { minutes: event.data.minutes, min: 1, max: 24 * 60 });
  }
  if ('date' in event.data && !isCalendarDay(event.data.date)) throw new DomainError('INVALID_RECORD_DATE', { date: event.data.date });
  return event;
}

export function evolveVolunteerRecord(record: VolunteerRecord, event: VolunteerRecordEvent): VolunteerRecord {
  switch (event.type) {
    case 'TrainingAttended': {
      const { course, minutes, date, trainer } = event.data;
      return { ...record, trainings: [...record.trainings, { course, minutes, date, trainer }] };
    }
    case 'CommendationReceived': {
      const { title, level, date } = event.data;
      return { ...record, commendations: [...record.commendations, { title, level, date }] };
    }
    case 'VolunteerEvaluated': {
      const { year, rating, comment, evaluatedBy } = event.data;
      return { ...record, evaluations: [...record.evaluations.filter((evaluation) => evaluation.year !== year), { year, rating, comment, evaluatedBy }].sort((a, b) => a.year - b.year) };
    }
    default:
      return assertNever(event);
  }
}

export const VOLUNTEER_RECORD_EVENT_TYPES = ['TrainingAttended', 'CommendationReceived', 'VolunteerEvaluated'] as const;
