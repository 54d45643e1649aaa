import type { ServiceCategory } from '@shiji/domain';
import type { Bilingual } from '../../platform/errors/bilingual';

/** How a certificate names each category: the terms street offices use, then English. */
export const SERVICE_CATEGORY_NAMES: Readonly<Record<ServiceCategory, Bilingual>> = {
  elderly_care: { zh: '助老服务', en: 'Elderly care' },
  tutoring: { zh: '课业辅导', en: 'Tutoring' },
  health_clinic: { zh: '义诊服务', en: 'Health clinic' },
  mediation: { zh: '矛盾调解', en: 'Mediation' },
  environment: { zh: '环境保护', en: 'Environment' },
  culture: { zh: '文化活动', en: 'Culture' },
  safety_patrol: { zh: '治安巡逻', en: 'Safety patrol' },
  other: { zh: '其他', en: 'Other' },
};

/** Service recorded without a published activity. */
export const AD_HOC_SERVICE: Bilingual = { zh: '临时服务', en: 'Ad-hoc service' };
