/** Durations and dates as people here read them: 12 小时 30 分, dates in Asia/Shanghai. */
export type Language = 'zh-CN' | 'en';

export function formatMinutes(total: number, language: Language = 'zh-CN'): string {
  const sign = total < 0 ? '-' : '';
  const minutes = Math.abs(Math.trunc(total));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (language === 'en') return `${sign}${hours > 0 ? `${hours} h` : ''}${hours > 0 && rest > 0 ? ' ' : ''}${rest > 0 || hours === 0 ? `${rest} min` : ''}`;
  return `${sign}${hours > 0 ? `${hours} 小时` : ''}${hours > 0 && rest > 0 ? ' ' : ''}${rest > 0 || hours === 0 ? `${rest} 分` : ''}`;
}

export function formatSignedMinutes(delta: number, language: Language = 'zh-CN'): string {
  return `${delta > 0 ? '+' : ''}${formatMinutes(delta, language)}`;
}

const SHANGHAI = 'Asia/Shanghai';

export function formatDate(iso: string | null | undefined, language: Language = 'zh-CN'): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, { timeZone: SHANGHAI, year: 'numeric', month: 'long', day: 'numeric' }).format(new Date(iso));
}

export function formatDateTime(iso: string | null | undefined, language: Language = 'zh-CN'): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(language, { timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** The Shanghai calendar year of now. */
export function currentYear(now = new Date()): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: SHANGHAI, year: 'numeric' }).format(now));
}

export function stars(level: number): string {
  return level > 0 ? '★'.repeat(level) : '☆';
}

/** The Asia/Shanghai calendar day that holds `now` (UTC+8 all year), as the instants it starts and ends. */
export function shanghaiDay(now = new Date()): { from: string; to: string } {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: SHANGHAI, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const start = new Date(`${day}T00:00:00+08:00`);
  return { from: start.toISOString(), to: new Date(start.getTime() + 86_400_000).toISOString() };
}
