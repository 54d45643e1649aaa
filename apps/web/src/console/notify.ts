import { ElMessage } from 'element-plus/es/components/message/index';
import 'element-plus/es/components/message/style/css';
import { i18n } from '../i18n';
import { asProblem } from '../shared/use-load';

export function notifyDone(text: string): void {
  ElMessage({ type: 'success', message: text, duration: 2500 });
}

/** A failed command: its problem's message in the page's language, with the request id to quote. */
export function notifyProblem(error: unknown): void {
  const problem = asProblem(error);
  const language = i18n.global.locale.value === 'en' ? 'en' : 'zh-CN';
  const id = problem.requestId ? `（${i18n.global.t('common.requestId')}：${problem.requestId}）` : '';
  ElMessage({ type: 'error', message: `${problem.text(language)}${id}`, duration: 6000, showClose: true });
}

/** A problem found in the page itself, with no request behind it. */
export function notifyWarning(text: string): void {
  ElMessage({ type: 'warning', message: text, duration: 4000, showClose: true });
}
