import type { Bilingual } from '../../platform/errors/bilingual';

/** Whole minutes as hours and minutes, e.g. 750 → 12 小时 30 分钟 / 12 h 30 min; never a fraction of an hour. */
export function serviceDuration(minutes: number): Bilingual {
  const hours = Math.trunc(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return { zh: `${rest} 分钟`, en: `${rest} min` };
  if (rest === 0) return { zh: `${hours} 小时`, en: `${hours} h` };
  return { zh: `${hours} 小时 ${rest} 分钟`, en: `${hours} h ${rest} min` };
}
