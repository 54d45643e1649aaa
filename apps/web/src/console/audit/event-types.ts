/** Event types as a Chinese reader names them; the stored type is shown beside, as the log holds it. */
const ZH: Record<string, string> = {
  CommunityRegistered: '登记社区', TeamRegistered: '登记服务队', TeamMemberJoined: '加入服务队', TeamMemberLeft: '退出服务队',
  VolunteerRegistered: '登记志愿者', VolunteerMoved: '志愿者迁移', VolunteerSuspended: '暂停志愿者', VolunteerReinstated: '恢复志愿者', VolunteerErased: '删除个人信息',
  ActivityPublished: '发布活动', VolunteerSignedUp: '报名活动', SignupWithdrawn: '取消报名', VolunteerWaitlisted: '进入候补', WaitlistLeft: '退出候补', WaitlistPromoted: '候补转正',
  ActivityRescheduled: '活动改期', ActivityCancelled: '取消活动',
  ServiceRecorded: '登记服务', ServiceVerified: '认证服务', ServiceCorrected: '更正服务记录', ServiceRejected: '驳回服务记录',
  TimeCardIssued: '办理消费卡', TimeCardSuspended: '暂停消费卡', TimeCardReinstated: '恢复消费卡', TimeCardReportedLost: '挂失消费卡',
  CreditsRedeemed: '兑换服务时间', RedemptionReversed: '撤销兑换', RewardClaimed: '登记优待', StarLevelCertified: '认证星级',
  StarThresholdsChanged: '修改星级标准', CardLevelChanged: '修改办卡星级', PartnerRegistered: '登记服务机构', RewardOffered: '发布奖励', RewardWithdrawn: '下架奖励',
  ServiceRequested: '提出服务需求', ServiceProviderAssigned: '安排服务志愿者', ServiceRequestCompleted: '完成服务需求', ServiceRequestCancelled: '取消服务需求',
  StaffRegistered: '登记工作人员', StaffCommunityGranted: '授予社区', StaffCommunityRevoked: '收回社区',
  RoleGranted: '开通账户', SignInCodeIssued: '发放激活码或邀请码', AccountActivated: '激活账户', PasswordChanged: '修改密码',
  VolunteerApplied: '申请成为志愿者', VolunteerApplicationApproved: '批准志愿者申请', VolunteerApplicationRejected: '驳回志愿者申请',
  RosterImportStarted: '开始导入名单', RosterImportCompleted: '完成导入名单',
};

/** The type in the reader's language: Chinese where it is known, the stored name in words otherwise. */
export function eventTypeName(type: string, language: string): string {
  if (language !== 'en' && ZH[type]) return ZH[type];
  return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (first) => first.toUpperCase());
}
