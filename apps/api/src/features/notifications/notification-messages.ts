import type { NotificationSubject } from '@shiji/projections';
import type { Bilingual } from '../../platform/errors/bilingual';
import { SERVICE_CATEGORY_NAMES } from '../certificates/service-category-names';

const STARS = (level: number) => '★'.repeat(level);

/** Shanghai calendar date of an instant: 3月10日. */
function shanghaiDate(iso: string): { zh: string; en: string } {
  const day = new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 10);
  return { zh: `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`, en: day };
}

/** What a notification says, Chinese first; the words a volunteer reads on their phone. */
export function messageOf(subject: NotificationSubject): Bilingual {
  switch (subject.kind) {
    case 'service_verified':
      return { zh: `您的服务记录已认证，${subject.minutes} 分钟计入服务时长`, en: `Your service record was verified: ${subject.minutes} minutes added to your hours` };
    case 'service_rejected':
      return { zh: `您的服务记录未通过认证：${subject.reason}`, en: `Your service record was rejected: ${subject.reason}` };
    case 'star_level_reached':
      return { zh: `恭喜！您已达到 ${STARS(subject.starLevel)} 星级`, en: `Congratulations: you reached ${STARS(subject.starLevel)}` };
    case 'card_issued':
      return subject.reissued
        ? { zh: `您的服务时间消费卡已补发，新卡号 ${subject.cardNumber}`, en: `Your service-time card was reissued: card ${subject.cardNumber}` }
        : { zh: `您的服务时间消费卡已发放，卡号 ${subject.cardNumber}`, en: `Your service-time card was issued: card ${subject.cardNumber}` };
    case 'request_assigned': {
      const category = subject.category ? SERVICE_CATEGORY_NAMES[subject.category] : { zh: '志愿服务', en: 'volunteer service' };
      return subject.as === 'provider'
        ? { zh: `您已被安排提供一项服务：${category.zh}`, en: `You were assigned to provide a service: ${category.en}` }
        : { zh: `您的服务需求已安排志愿者：${category.zh}`, en: `A volunteer was assigned to your request: ${category.en}` };
    }
    case 'activity_cancelled': {
      const date = shanghaiDate(subject.startsAt);
      return { zh: `活动“${subject.title}”（${date.zh}）已取消：${subject.reason}`, en: `The activity "${subject.title}" (${date.en}) was cancelled: ${subject.reason}` };
    }
    case 'activity_moved': {
      const [date, before] = [shanghaiDate(subject.startsAt), shanghaiDate(subject.previousStartsAt)];
      return { zh: `活动“${subject.title}”由${before.zh}改到${date.zh}`, en: `The activity "${subject.title}" moved from ${before.en} to ${date.en}` };
    }
    case 'waitlist_promoted': {
      const date = shanghaiDate(subject.startsAt);
      return { zh: `有名额空出，您已由候补转为参加活动“${subject.title}”（${date.zh}）`, en: `A place came free: you now take part in "${subject.title}" (${date.en})` };
    }
    default:
      return subject satisfies never;
  }
}

/** The short zh-CN text message some notifications also send (no English: the volunteers' phones read Chinese). */
export function smsOf(subject: NotificationSubject): string | null {
  switch (subject.kind) {
    case 'card_issued':
    case 'star_level_reached':
    case 'activity_cancelled':
    case 'activity_moved':
    case 'waitlist_promoted':
      return `【时积】${messageOf(subject).zh}。`;
    default:
      return null;
  }
}

export const SMS_KINDS: readonly NotificationSubject['kind'][] = ['card_issued', 'star_level_reached', 'activity_cancelled', 'activity_moved', 'waitlist_promoted'];
