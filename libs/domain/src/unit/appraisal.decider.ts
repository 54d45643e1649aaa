import { assertNever, type Decider } from '../shared/decider';
import { DomainError } from '../shared/domain-error';

export type AppraisedKind = 'unit' | 'team';

/** One stream per unit or team and year: its appraisal (民主评议) by the community, entered again to change it. */
export const appraisalStream = (kind: AppraisedKind, subjectId: string, year: number): string => `appraisal-${kind}-${subjectId}-${year}`;

export type AppraisalEvent = {
  type: 'AppraisalEntered';
  data: { kind: AppraisedKind; subjectId: string; communityId: string; year: number; score: number };
};

export interface EnterAppraisal {
  type: 'EnterAppraisal';
  kind: AppraisedKind;
  subjectId: string;
  communityId: string;
  year: number;
  score: number;
}

export type Appraisal = { entered: false } | { entered: true; communityId: string; score: number };

export const appraisalDecider: Decider<EnterAppraisal, AppraisalEvent, Appraisal> = {
  initialState: () => ({ entered: false }),
  communityOf: (event) => event.data.communityId,
  decide(command, state) {
    if (!Number.isInteger(command.score) || command.score < 0 || command.score > 100) throw new DomainError('INVALID_APPRAISAL_SCORE', { score: command.score });
    if (state.entered && state.score === command.score) return [];
    const { kind, subjectId, communityId, year, score } = command;
    return [{ type: 'AppraisalEntered', data: { kind, subjectId, communityId, year, score } }];
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'AppraisalEntered':
        return { entered: true, communityId: event.data.communityId, score: event.data.score };
      default:
        return assertNever(event.type);
    }
  },
};
