/** 0 means no star yet; 1..5 are ★ to ★★★★★. */
export type StarLevel = 0 | 1 | 2 | 3 | 4 | 5;

export const STAR_LEVELS = [1, 2, 3, 4, 5] as const;

/** The national volunteer-record standard's thresholds, in hours. */
export const DEFAULT_THRESHOLD_HOURS: readonly number[] = [100, 300, 600, 1000, 1500];

export const DEFAULT_CARD_LEVEL: StarLevel = 5;

export function starLevelFor(lifetimeMinutes: number, thresholdHours: readonly number[]): StarLevel {
  let level = 0;
  for (const hours of thresholdHours) {
    if (lifetimeMinutes >= hours * 60) level += 1;
  }
  return level as StarLevel;
}

/** The next level and the minutes still missing, or null at the top. */
export function nextStarLevel(lifetimeMinutes: number, thresholdHours: readonly number[]): { level: StarLevel; minutesToGo: number } | null {
  const current = starLevelFor(lifetimeMinutes, thresholdHours);
  if (current >= thresholdHours.length) return null;
  return { level: (current + 1) as StarLevel, minutesToGo: thresholdHours[current] * 60 - lifetimeMinutes };
}

export function isStarLevel(value: unknown): value is StarLevel {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 5;
}
