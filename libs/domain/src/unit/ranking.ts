/**
 * Year-end ranking (评价排序) of co-building units and of service teams. Each
 * criterion becomes a score out of 100: hours per member and projects
 * delivered relative to the best of those ranked (the best scores 100),
 * participation as the share of members who served at all, the appraisal
 * (民主评议) as entered. The total is the weighted mean of the four, to two
 * decimals; ties rank by id.
 */
export interface RankingWeights {
  hoursPerMember: number;
  participationRate: number;
  projectsDelivered: number;
  appraisal: number;
}

export const DEFAULT_RANKING_WEIGHTS: RankingWeights = { hoursPerMember: 40, participationRate: 30, projectsDelivered: 10, appraisal: 20 };

export function validRankingWeights(weights: RankingWeights): boolean {
  const values = [weights.hoursPerMember, weights.participationRate, weights.projectsDelivered, weights.appraisal];
  return values.every((value) => Number.isInteger(value) && value >= 0 && value <= 100) && values.some((value) => value > 0);
}

export interface RankingInput {
  id: string;
  members: number;
  /** Members with at least one verified record in the year. */
  activeMembers: number;
  minutes: number;
  projectsDelivered: number;
  /** 0–100, or null when none was entered (counts as 0). */
  appraisal: number | null;
}

export interface RankedSubject extends RankingInput {
  rank: number;
  hoursPerMember: number;
  participationRate: number;
  scores: { hoursPerMember: number; participationRate: number; projectsDelivered: number; appraisal: number };
  total: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export function rankSubjects(inputs: readonly RankingInput[], weights: RankingWeights): RankedSubject[] {
  const hoursPerMember = (input: RankingInput) => (input.members === 0 ? 0 : input.minutes / 60 / input.members);
  const bestHours = Math.max(0, ...inputs.map(hoursPerMember));
  const bestProjects = Math.max(0, ...inputs.map((input) => input.projectsDelivered));
  const weightSum = weights.hoursPerMember + weights.participationRate + weights.projectsDelivered + weights.appraisal;
  const scored = inputs.map((input) => {
    const rate = input.members === 0 ? 0 : input.activeMembers / input.members;
    const scores = {
      hoursPerMember: bestHours === 0 ? 0 : round2((hoursPerMember(input) / bestHours) * 100),
      participationRate: round2(rate * 100),
      projectsDelivered: bestProjects === 0 ? 0 : round2((input.projectsDelivered / bestProjects) * 100),
      appraisal: input.appraisal ?? 0,
    };
    const weighted = scores.hoursPerMember * weights.hoursPerMember + scores.participationRate * weights.participationRate
      + scores.projectsDelivered * weights.projectsDelivered + scores.appraisal * weights.appraisal;
    return { ...input, hoursPerMember: round2(hoursPerMember(input)), participationRate: round2(rate), scores, total: round2(weighted / weightSum) };
  });
  scored.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scored.map((subject, index) => ({ ...subject, rank: index + 1 }));
}
