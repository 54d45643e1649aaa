import { appraisalDecider, appraisalStream, DEFAULT_RANKING_WEIGHTS, policyDecider, rankSubjects, validRankingWeights, type RankingInput } from '@shiji/domain';
import { deciderSpecification } from '../../../../test/support/decider-specification';

/**
 * Hand-computed: hours per member 10, 5 and 0 (best 10 → 100, 50, 0);
 * participation 3/4, 2/2, 0/1 (75, 100, 0); no projects (0 each);
 * appraisals 80, 90, none (0).
 */
const inputs: RankingInput[] = [
  { id: 'u-a', members: 4, activeMembers: 3, minutes: 2400, projectsDelivered: 0, appraisal: 80 },
  { id: 'u-b', members: 2, activeMembers: 2, minutes: 600, projectsDelivered: 0, appraisal: 90 },
  { id: 'u-c', members: 1, activeMembers: 0, minutes: 0, projectsDelivered: 0, appraisal: null },
];

describe('the year-end ranking', () => {
  it('weighs the four criteria with the default weights (40, 30, 10, 20)', () => {
    // u-a: (100·40 + 75·30 + 0·10 + 80·20) / 100 = 78.5; u-b: (50·40 + 100·30 + 0 + 90·20) / 100 = 68; u-c: 0.
    expect(rankSubjects(inputs, DEFAULT_RANKING_WEIGHTS).map(({ id, rank, total, scores }) => ({ id, rank, total, scores }))).toEqual([
      { id: 'u-a', rank: 1, total: 78.5, scores: { hoursPerMember: 100, participationRate: 75, projectsDelivered: 0, appraisal: 80 } },
      { id: 'u-b', rank: 2, total: 68, scores: { hoursPerMember: 50, participationRate: 100, projectsDelivered: 0, appraisal: 90 } },
      { id: 'u-c', rank: 3, total: 0, scores: { hoursPerMember: 0, participationRate: 0, projectsDelivered: 0, appraisal: 0 } },
    ]);
  });

  it('changes order with the weights: participation and appraisal only', () => {
    // u-a: (75·1 + 80·1) / 2 = 77.5; u-b: (100 + 90) / 2 = 95.
    expect(rankSubjects(inputs, { hoursPerMember: 0, participationRate: 1, projectsDelivered: 0, appraisal: 1 }).map(({ id, total }) => [id, total])).toEqual([['u-b', 95], ['u-a', 77.5], ['u-c', 0]]);
  });

  it('ranks equal totals by id', () => {
    const twins: RankingInput[] = [{ ...inputs[0], id: 'u-z' }, { ...inputs[0], id: 'u-y' }];
    expect(rankSubjects(twins, DEFAULT_RANKING_WEIGHTS).map(({ id, rank }) => [id, rank])).toEqual([['u-y', 1], ['u-z', 2]]);
  });

  it('takes whole weights from 0 to 100, not all 0, as policy', () => {
    expect(validRankingWeights(DEFAULT_RANKING_WEIGHTS)).toBe(true);
    expect(validRankingWeights({ hoursPerMember: 0, participationRate: 0, projectsDelivered: 0, appraisal: 0 })).toBe(false);
    expect(validRankingWeights({ ...DEFAULT_RANKING_WEIGHTS, appraisal: 1.5 })).toBe(false);
    const policy = deciderSpecification(policyDecider);
    const weights = { hoursPerMember: 50, participationRate: 50, projectsDelivered: 0, appraisal: 0 };
    policy.given([]).when({ type: 'ChangeRankingWeights', weights }).then([{ type: 'RankingWeightsChanged', data: { weights, previousWeights: DEFAULT_RANKING_WEIGHTS } }]);
    policy.given([]).when({ type: 'ChangeRankingWeights', weights: { ...weights, appraisal: -1 } }).thenThrows('INVALID_RANKING_WEIGHTS', { weights: { ...weights, appraisal: -1 } });
    // Setting the weights that already hold changes nothing.
    policy.given([]).when({ type: 'ChangeRankingWeights', weights: DEFAULT_RANKING_WEIGHTS }).then([]);
  });
});

describe('appraisals (民主评议)', () => {
  const spec = deciderSpecification(appraisalDecider);
  const enter = (score: number) => ({ type: 'EnterAppraisal' as const, kind: 'unit' as const, subjectId: 'u-a', communityId: 'c-1', year: 2026, score });
  const entered = (score: number) => ({ type: 'AppraisalEntered' as const, data: { kind: 'unit' as const, subjectId: 'u-a', communityId: 'c-1', year: 2026, score } });

  it('are one stream per unit or team and year, a whole score from 0 to 100, entered again to change it', () => {
    expect(appraisalStream('team', 't-1', 2026)).toBe('appraisal-team-t-1-2026');
    spec.given([]).when(enter(85)).then([entered(85)]);
    spec.given([entered(85)]).when(enter(90)).then([entered(90)]);
    spec.given([entered(85)]).when(enter(85)).then([]);
    spec.given([]).when(enter(101)).thenThrows('INVALID_APPRAISAL_SCORE', { score: 101 });
  });
});
