import { createI18n } from 'vue-i18n';
import { en, zhCN } from './messages';

export type Locale = 'zh-CN' | 'en';
const KEY = 'shiji.language';

function savedLocale(): Locale {
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
}

export const i18n = createI18n({ legacy: false, locale: savedLocale(), fallbackLocale: 'zh-CN', messages: { 'zh-CN': zhCN, en } });
document.documentElement.lang = savedLocale();

export function setLocale(locale: Locale): void {
  localStorage.setItem(KEY, locale);
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
}
