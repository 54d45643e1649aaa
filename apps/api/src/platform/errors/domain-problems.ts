import { DomainError, type DomainErrorCode } from '@shiji/domain';
import type { Bilingual } from './bilingual';
import { ProblemError } from './problem.error';

interface DomainProblem {
  status: number;
  title: Bilingual;
}

const notFound = (zh: string, en: string): DomainProblem => ({ status: 404, title: { zh, en } });
const conflict = (zh: string, en: string): DomainProblem => ({ status: 409, title: { zh, en } });
const invalid = (zh: string, en: string): DomainProblem => ({ status: 422, title: { zh, en } });
const forbidden = (zh: string, en: string): DomainProblem => ({ status: 403, title: { zh, en } });

/** Every domain rule's HTTP status and message, in one place. The compiler insists each code has an entry. */
const DOMAIN_PROBLEMS: Record<DomainErrorCode, DomainProblem> = {
  COMMUNITY_ALREADY_EXISTS: conflict('社区已存在', 'The community already exists'),
  COMMUNITY_NOT_FOUND: notFound('社区不存在', 'No such community'),
  TEAM_ALREADY_EXISTS: conflict('服务队已存在', 'The team already exists'),
  TEAM_NOT_FOUND: notFound('服务队不存在', 'No such team'),
  ALREADY_TEAM_MEMBER: conflict('该志愿者已是服务队成员', 'The volunteer is already a member of the team'),
  NOT_TEAM_MEMBER: conflict('该志愿者不是服务队成员', 'The volunteer is not a member of the team'),
  VOLUNTEER_ALREADY_EXISTS: conflict('志愿者已存在', 'The volunteer already exists'),
  VOLUNTEER_NOT_FOUND: notFound('志愿者不存在', 'No such volunteer'),
  VOLUNTEER_ALREADY_ERASED: conflict('志愿者的个人信息已注销', 'The volunteer\'s personal data was already erased'),
  VOLUNTEER_SUSPENDED: conflict('志愿者已被暂停', 'The volunteer is suspended'),
  VOLUNTEER_NOT_SUSPENDED: conflict('志愿者未被暂停', 'The volunteer is not suspended'),
  VOLUNTEER_ALREADY_IN_COMMUNITY: conflict('志愿者已在该社区', 'The volunteer already belongs to that community'),
  ACTIVITY_ALREADY_EXISTS: conflict('服务活动已存在', 'The activity already exists'),
  ACTIVITY_NOT_FOUND: notFound('服务活动不存在', 'No such activity'),
  ACTIVITY_CANCELLED: conflict('服务活动已取消', 'The activity was cancelled'),
  ACTIVITY_ALREADY_STARTED: conflict('服务活动已开始', 'The activity has already started'),
  INVALID_ACTIVITY_TIME: invalid('活动结束时间须晚于开始时间', 'An activity must end after it starts'),
  ALREADY_SIGNED_UP: conflict('志愿者已报名该活动', 'The volunteer has already signed up'),
  SERIES_ALREADY_EXISTS: conflict('系列活动已存在', 'The activity series already exists'),
  INVALID_SERIES_RULE: invalid('重复规则无效：须为 RRULE（如 FREQ=MONTHLY;BYDAY=2SA），不含 DTSTART、COUNT、UNTIL，次数 1 至 60', 'Invalid recurrence: an RRULE such as FREQ=MONTHLY;BYDAY=2SA, without DTSTART, COUNT or UNTIL, for 1 to 60 occurrences'),
  SERIES_START_NOT_IN_RULE: invalid('第一次活动的时间不符合重复规则', 'The first occurrence does not fall on the recurrence rule'),
  NOT_SIGNED_UP: conflict('志愿者未报名该活动', 'The volunteer has not signed up for the activity'),
  SERVICE_RECORD_ALREADY_EXISTS: conflict('服务记录已存在', 'The service record already exists'),
  SERVICE_RECORD_NOT_FOUND: notFound('服务记录不存在', 'No such service record'),
  SERVICE_RECORD_REJECTED: conflict('该服务记录已被驳回', 'The service record was rejected'),
  SERVICE_RECORD_ALREADY_VERIFIED: conflict('该服务记录已认证，不能驳回；如有错误请更正', 'The service record is verified and cannot be rejected; correct it instead'),
  INVALID_MINUTES: invalid('服务时长须为允许范围内的整数分钟', 'Minutes must be whole minutes within the allowed range'),
  CATEGORY_REQUIRED: invalid('未关联活动的服务须注明类别', 'Service without an activity needs a category'),
  SERVICE_IN_FUTURE: invalid('服务尚未结束，不能记录', 'Service cannot be recorded before it has ended'),
  SERVICE_OUTSIDE_ACTIVITY: invalid('服务时间不在活动时间内', 'The service time lies outside the activity'),
  OVERLAPPING_SERVICE: conflict('与该志愿者的其他服务时间重叠', "The service overlaps another of the volunteer's records"),
  CORRECTION_UNCHANGED: invalid('更正后的时长与原时长相同', 'The correction does not change the minutes'),
  INVALID_STAR_THRESHOLDS: invalid('星级门槛须为五个严格递增的正整数', 'Star thresholds must be five strictly rising positive whole numbers'),
  INVALID_CARD_LEVEL: invalid('消费卡星级须在1至5之间', 'The card level must be between 1 and 5'),
  CARD_LEVEL_NOT_REACHED: conflict('志愿者尚未达到发卡星级', 'The volunteer has not reached the card level'),
  CARD_ALREADY_ISSUED: conflict('已发放服务时间消费卡', 'A time card has already been issued'),
  NO_CARD: conflict('志愿者没有服务时间消费卡', 'The volunteer has no time card'),
  CARD_SUSPENDED: conflict('消费卡已暂停使用', 'The time card is suspended'),
  CARD_NOT_SUSPENDED: conflict('消费卡未被暂停', 'The time card is not suspended'),
  CARD_LOST: conflict('消费卡已挂失', 'The time card was reported lost'),
  INSUFFICIENT_CREDITS: conflict('可用服务时间不足', 'Not enough stored service time'),
  REDEMPTION_ALREADY_EXISTS: conflict('兑换记录已存在', 'The redemption already exists'),
  REDEMPTION_NOT_FOUND: notFound('兑换记录不存在', 'No such redemption'),
  REDEMPTION_ALREADY_REVERSED: conflict('兑换已被撤销', 'The redemption was already reversed'),
  PARTNER_ALREADY_EXISTS: conflict('服务机构已存在', 'The partner institution already exists'),
  PARTNER_NOT_FOUND: notFound('服务机构不存在', 'No such partner institution'),
  REWARD_ALREADY_EXISTS: conflict('奖励已存在', 'The reward already exists'),
  REWARD_NOT_FOUND: notFound('奖励不存在', 'No such reward'),
  STAR_LEVEL_TOO_LOW: forbidden('星级不足', 'The star level is too low'),
  REWARD_WITHDRAWN: conflict('奖励已撤下', 'The reward was withdrawn'),
  REWARD_QUOTA_EXHAUSTED: conflict('本期领取次数已用完', 'The quota for this period is used up'),
  STAR_LEVEL_ALREADY_CERTIFIED: conflict('该星级已认证并发放胸牌', 'This star level was already certified'),
  SERVICE_REQUEST_ALREADY_EXISTS: conflict('服务需求已存在', 'The service request already exists'),
  SERVICE_REQUEST_NOT_FOUND: notFound('服务需求不存在', 'No such service request'),
  SERVICE_REQUEST_CLOSED: conflict('服务需求已关闭', 'The service request is closed'),
  SERVICE_REQUEST_NOT_ASSIGNED: conflict('服务需求尚未指派服务者', 'The service request has no provider yet'),
  PROVIDER_IS_RECIPIENT: invalid('服务者不能是受助人本人', 'The provider cannot be the person helped'),
  STAFF_ALREADY_EXISTS: conflict('工作人员已存在', 'The staff member already exists'),
  STAFF_NOT_FOUND: notFound('工作人员不存在', 'No such staff member'),
  COMMUNITY_ALREADY_GRANTED: conflict('已授权该社区', 'The community is already granted'),
  COMMUNITY_NOT_GRANTED: conflict('未授权该社区', 'The community is not granted'),
  PERSON_ALREADY_EXISTS: conflict('该账户已存在', 'The account already exists'),
  PERSON_NOT_FOUND: notFound('账户不存在', 'No such account'),
  ACCOUNT_NOT_ACTIVATED: conflict('账户尚未激活', 'The account is not activated yet'),
  APPLICATION_ALREADY_EXISTS: conflict('志愿者申请已存在', 'The volunteer application already exists'),
  APPLICATION_NOT_FOUND: notFound('志愿者申请不存在', 'No such volunteer application'),
  APPLICATION_DECIDED: conflict('该申请已审核（已通过或已驳回）', 'The application was already approved or rejected'),
  ROSTER_IMPORT_ALREADY_EXISTS: conflict('该导入编号已用于另一个文件', 'The import id belongs to another file'),
  ROSTER_IMPORT_NOT_FOUND: notFound('花名册导入不存在', 'No such roster import'),
  UNIT_ALREADY_EXISTS: conflict('驻区单位已存在', 'The unit already exists'),
  UNIT_NOT_FOUND: notFound('驻区单位不存在', 'No such unit'),
  UNIT_RETIRED: conflict('驻区单位已撤销', 'The unit was retired'),
  NOT_PARTY_MEMBER: conflict('只有党员可以报到', 'Only a Party member reports in'),
  INVALID_MONTH: invalid('月份须为 YYYY-MM 格式', 'A month is written YYYY-MM'),
  MONTH_NOT_OVER: conflict('该月尚未结束，不能结档', 'The month is not over yet and cannot be closed'),
  INVALID_APPRAISAL_SCORE: invalid('评议得分须为 0 至 100 的整数', 'An appraisal score is a whole number from 0 to 100'),
  SERVICE_PROJECT_ALREADY_EXISTS: conflict('服务项目已存在', 'The service project already exists'),
  SERVICE_PROJECT_NOT_FOUND: notFound('服务项目不存在', 'No such service project'),
  SERVICE_PROJECT_RETIRED: conflict('服务项目已撤销', 'The service project was retired'),
  SERVICE_PROJECT_NOT_ACTIVE: conflict('服务项目未在开展中', 'The service project is not active'),
  PROVIDER_NOT_IN_COMMUNITY: conflict('服务提供方须为本社区的服务队或驻区单位', 'The provider must be a team or unit of the project\'s community'),
  AGREEMENT_ALREADY_EXISTS: conflict('共建协议已存在', 'The co-building agreement already exists'),
  AGREEMENT_NOT_FOUND: notFound('共建协议不存在', 'No such co-building agreement'),
  AGREEMENT_ENDED: conflict('共建协议已终止', 'The co-building agreement has ended'),
  INVALID_AGREEMENT_DATES: invalid('日期须为 YYYY-MM-DD，且不早于协议开始日期', 'Dates are written YYYY-MM-DD and fall on or after the agreement\'s start'),
  PROJECT_NOT_IN_COMMUNITY: conflict('服务项目须属于本社区的服务项目库', 'The service project must be on the community\'s menu'),
  PAIRING_ALREADY_EXISTS: conflict('结对已存在', 'The pairing already exists'),
  PAIRING_NOT_FOUND: notFound('结对不存在', 'No such pairing'),
  PAIRING_ENDED: conflict('结对帮扶已结束', 'The pairing has ended'),
  INVALID_PAIRING: invalid('志愿者只能与困难家庭结对；单位可与社区或困难家庭结对', 'A volunteer pairs with a household; a unit with a community or a household'),
  VISITOR_NOT_IN_PAIRING: conflict('走访者须为结对的志愿者或结对单位的志愿者', 'The visitor must be the paired volunteer or a volunteer of the paired unit'),
  INVALID_RANKING_WEIGHTS: invalid('排序权重须为 0 至 100 的整数，且不能全为 0', 'Ranking weights are whole numbers from 0 to 100, not all 0'),
};

export function problemForDomainError(error: DomainError): ProblemError {
  const problem = DOMAIN_PROBLEMS[error.code];
  return new ProblemError({ code: error.code, status: problem.status, title: problem.title, extensions: error.details });
}
