/** User-facing text: Simplified Chinese first, English second. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function bilingual(text: Bilingual): string {
  return `${text.zh} / ${text.en}`;
}
