/** Simplified Chinese first; English for those who switch. Placeholders in braces. */
export const zhCN = {
  app: { name: '时积 · 志愿服务时间银行', short: '时积' },
  common: {
    loading: '加载中…', retry: '重试', empty: '暂无数据', noMore: '没有更多了', more: '加载更多', sending: '提交中…', save: '保存', cancel: '取消', search: '搜索', actions: '操作',
    name: '姓名', title: '名称', phone: '手机号', yes: '是', no: '否', requestId: '请求编号', signOut: '退出登录', otherLanguage: 'English', backHome: '返回首页',
    forbiddenTitle: '无权访问', forbidden: '您没有权限查看此页面或此数据。', notFoundTitle: '页面不存在', notFound: '您要找的页面不存在。', errorTitle: '出错了',
  },
  role: { volunteer: '志愿者', staff: '社区工作人员', admin: '街道管理员', auditor: '审计员' },
  signIn: { title: '登录', login: '手机号（工作人员可用工号）', phone: '手机号', password: '密码', submit: '登录', activate: '首次使用？激活账号', forgot: '忘记密码请到社区服务站领取新的激活码。' },
  activate: {
    title: '激活账号', subtitle: '用社区给您的激活码或邀请码设置密码', code: '激活码 / 邀请码', password: '设置密码（至少 8 位）', repeat: '再次输入密码',
    submit: '激活', done: '激活成功，请用手机号和新密码登录。', toSignIn: '去登录',
  },
  validation: {
    phone: '请输入 11 位手机号', login: '请输入 11 位手机号或工号', password: '密码至少 {min} 位', code: '请输入完整的激活码', repeat: '两次输入的密码不一致', name: '请填写名称（不超过规定长度）',
    minutes: '时长须为 1 到 1440 分钟的整数', description: '请填写服务内容', reason: '请填写原因', title: '请填写活动名称', place: '请填写活动地点', range: '请选择开始和结束时间，结束须晚于开始',
    attendance: '每人时长须为 1 分钟到 {max} 之间的整数', volunteer: '请选择志愿者', ended: '请填写已结束的服务：开始时间加时长不能晚于现在', slug: '编号只能用小写字母、数字和连字符',
    staffId: '编号只能用字母、数字和 . _ - 符号', thresholds: '五个星级的小时数须为正整数，且逐级递增', kind: '请填写机构类型', partner: '请选择服务机构',
  },
  units: { hours: '小时', minutes: '分钟', month: '{n}月' },
  card: { none: '未办理', active: '正常', suspended: '已暂停', lost: '已挂失' },
  category: { elderly_care: '助老服务', tutoring: '学业辅导', health_clinic: '健康义诊', mediation: '矛盾调解', environment: '环境整治', culture: '文化活动', safety_patrol: '治安巡逻', other: '其他服务' },
  period: { month: '月', quarter: '季度', year: '年' },
  ledger: { verified: '服务认证', corrected: '记录更正', redeemed: '时间兑换', redemption_reversed: '兑换撤销', gift_given: '转赠亲属', gift_received: '亲属转赠', gift_refused: '转赠未能接收', gift_returned: '转赠退回', donated: '捐入公益时间池', capped: '超出存储上限', empty: '还没有收支记录', balanceAfter: '余额 {time}', kind: '类型', change: '变动', after: '变动后余额', corrected_reason: '更正原因' },
  volunteer: {
    balance: '我的时间账户', ledger: '收支明细', records: '我的服务记录', activities: '社区活动', rewards: '可享受的优待', certificate: '服务记录证明', help: '请求帮助', me: '我的',
    tabs: { home: '账户', activities: '活动', records: '记录', me: '我的' },
    credit: '可用服务时间', lifetime: '累计认证时长', card: '服务时间消费卡', owes: '账户透支，暂不能兑换', starLevel: '星级', number: '志愿者编号', starsLabel: '{n} 星', progress: '距下一星级的进度',
    toNext: '再服务 {time} 可达 {level} 星', topLevel: '已达最高星级',
  },
  records: {
    empty: '还没有服务记录', verified: '已认证', pending: '待认证', all: '全部', what: '服务内容', when: '时间', duration: '时长', verify: '认证', verifiedDone: '已认证',
    correct: '更正', corrected: '已更正', correctedTimes: '更正 {n} 次', record: '登记服务', recorded: '已登记',
    rejected: '已驳回', reject: '驳回', rejectTitle: '驳回 {name} 的服务记录', rejectReason: '驳回原因', rejectHint: '志愿者会看到这段说明，如：当天活动已取消', rejectedDone: '已驳回',
    selfReported: '本人申报',
  },
  report: {
    open: '申报服务', title: '申报我做过的服务', startedAt: '开始时间', minutes: '服务时长（分钟）', descriptionHint: '如：陪邻居老人去医院复诊', submit: '提交申报', done: '已提交，等待社区认证',
    hint: '申报后由社区工作人员认证，认证后才计入您的时间账户。',
  },
  activities: {
    empty: '近期没有活动', participants: '已报名 {n} 人', signUp: '报名', withdraw: '取消报名', signedUp: '报名成功', withdrawn: '已取消报名', cancelled: '活动已取消', joined: '已参加',
    publish: '发布活动', published: '活动已发布', title: '活动名称', category: '服务类别', place: '地点', team: '服务队', roster: '报名人数', starts: '开始时间', ends: '结束时间',
  },
  activityStatus: { published: '已发布', cancelled: '已取消' },
  rewards: {
    empty: '暂时没有您可享受的优待', partnerUnknown: '服务机构', discount: '优惠 {n}%', priority: '优先服务', minLevel: '{stars} 及以上', left: '本{period}还可使用 {n} 次',
    howToClaim: '享受优待时请出示活动证，由社区工作人员登记。', title: '奖励目录', none: '还没有奖励', offer: '新增奖励', offered: '奖励已发布', withdraw: '下架', withdrawn: '已下架', withdrawnTag: '已下架',
    offeredTag: '在架', withdrawnReason: '管理员下架', id: '奖励编号', minLevelShort: '最低星级', discountShort: '优惠比例', quota: '次数限制', quotaCount: '每人次数', quotaText: '每{period} {n} 次', unlimited: '不限',
  },
  check: {
    title: '核验志愿服务记录证明', subtitle: '输入证明上的验证码，或扫描证明上的二维码', code: '验证码', submit: '核验',
    matches: '与服务记录一致', changed: '服务记录已更正或新增，与本证明不再一致，请向出具单位索取新证明',
    number: '证明编号', volunteer: '志愿者', issuer: '出具单位', responsible: '负责人', officer: '经办人', period: '证明年度', hours: '认证服务时长', records: '{n} 条记录', issuedOn: '出具日期',
  },
  certificate: { title: '志愿服务记录证明', explain: '证明载明您某一年经认证的服务，任何人可凭证明编号核验。', year: '年份', download: '下载证明（PDF）', code: '证明编号：{code}' },
  help: {
    title: '请求帮助', cardHolder: '您持有服务时间消费卡，请求帮助时将优先安排志愿者为您服务。', noCard: '达到星级标准并办理消费卡后，可用储蓄的服务时间换取服务。',
    how: '请致电或前往{community}服务站说明您需要的帮助，工作人员会登记并安排志愿者。', spend: '服务完成后，按服务时长从您的账户扣除。',
  },
  me: { largeText: '大字模式', largeTextHint: '放大文字，看得更清楚', english: 'English' },
  console: {
    menu: '功能菜单', community: '社区', noCommunity: '您还没有负责的社区，请联系街道管理员。', dashboard: '数据概览', queue: '待办事项', volunteers: '志愿者', volunteer: '志愿者详情',
    activities: '服务活动', activity: '活动详情', records: '服务记录', redemptions: '时间兑换', claims: '优待登记', honours: '表彰与证明', communities: '社区管理', staff: '工作人员',
    policy: '星级政策', rewards: '服务机构与奖励', invitations: '账户与邀请',
  },
  dashboard: {
    year: '年份', volunteers: '志愿者人数', verified: '{year} 年认证时长', pending: '待认证记录', byMonth: '{year} 年每月认证时长（小时）', starLevels: '星级分布', top: '{year} 年服务时长前十名',
    noStar: '未定级', noTop: '今年还没有认证的服务',
  },
  queue: {
    pending: '待认证的服务记录（最早的在前）', noPending: '没有待认证的记录', today: '今日活动', noToday: '今天没有活动', requests: '服务需求（持卡人优先）', noRequests: '没有待处理的需求',
    for: '需求人', resident: '居民', cardHolder: '持卡', wanted: '预计时长', status: '状态',
  },
  requestStatus: { open: '待安排', assigned: '已安排', completed: '已完成', cancelled: '已取消' },
  volunteerStatus: { active: '正常', suspended: '已暂停' },
  volunteers: { search: '按姓名或手机号搜索', register: '登记志愿者', registered: '志愿者已登记', empty: '没有找到志愿者', teams: '服务队', party: '党员', registeredAt: '登记日期' },
  detail: {
    issueCard: '办理消费卡', cardIssued: '消费卡已办理', redeem: '兑换服务时间', redeemSubmit: '确认兑换', redeemed: '已兑换', service: '所换服务', servicePlaceholder: '如：上门助洁 2 小时',
    move: '迁出到其他社区', moveTo: '迁入社区', moved: '已迁移', suspend: '暂停志愿者', suspended: '已暂停', reinstate: '恢复志愿者', reinstated: '已恢复', reason: '原因', certificate: '服务记录证明',
  },
  attendance: {
    title: '报名名单与出勤登记（{n} 人）', add: '添加志愿者到名单', addButton: '添加', added: '已添加', empty: '还没有人报名', present: '出勤', minutes: '服务时长（分钟）', notYet: '未登记',
    submit: '为 {n} 人登记并认证', done: '已为 {n} 人登记并认证', allRecorded: '名单上的出勤已全部登记', afterEnd: '活动结束后才能登记出勤',
    refused: '{n} 人未能登记，原因见名单', refusedTag: '未登记', capacity: '人数上限', capacityOf: '已报名 {n} / 上限 {max} 人', noCapacity: '不限',
    waiting: '候补（{n} 人，按先后）', noWaiting: '没有候补', waitingHint: '有人取消报名时，候补第一位自动补上。',
  },
  redemptions: { hint: '兑换在志愿者详情页办理。', empty: '还没有兑换', holder: '持卡人', provider: '服务提供者', done: '已兑换', reversedTag: '已撤销', reverse: '撤销', reversed: '已撤销' },
  claims: { record: '登记优待', recorded: '已登记', empty: '还没有优待登记', reward: '优待项目', partner: '服务机构' },
  honours: {
    roll: '{year} 年表彰名单', csv: '下载表格（CSV）', empty: '该年还没有认证的服务', rank: '名次', hours: '认证时长', records: '记录数', badges: '待发胸牌', noBadges: '没有待发的胸牌',
    certifiedLevel: '已认证星级', certify: '认证星级并发放胸牌', certified: '已认证',
  },
  communities: { register: '新增社区', registered: '社区已新增', empty: '还没有社区', id: '社区编号' },
  staff: { register: '邀请工作人员', registered: '已邀请', empty: '还没有工作人员', id: '工号', communities: '负责社区', grant: '授予社区', granted: '已授予', revoked: '已收回' },
  policy: { thresholds: '星级标准（累计认证小时）', hoursFor: '{n} 星所需小时数', card: '消费卡', cardLevel: '办卡最低星级', saved: '政策已更新', history: '变更记录', defaults: '仍为默认政策' },
  partners: { title: '服务机构', register: '新增服务机构', registered: '已新增', empty: '还没有服务机构', id: '机构编号', kind: '机构类型', kindExample: '如：社区医院、家政公司、图书馆' },
  audit: {
    events: '事件日志', stream: '事件流', account: '账户回溯', verify: '核验', access: '访问日志', accessTitle: '审计接口访问记录', fromPosition: '起始位置', toPosition: '截止位置', time: '时间范围',
    from: '开始', to: '结束', type: '事件类型', streamId: '事件流', volunteerId: '志愿者编号', communityId: '社区编号', actor: '操作人', export: '导出 NDJSON', noEvents: '没有符合条件的事件',
    position: '位置', asOf: '回溯到', look: '查看', chooseAccount: '请输入志愿者编号并选择时间', then: '{name} 当时的账户', now: '{name} 现在的账户', noAccess: '没有访问记录', role: '角色', method: '方法', path: '路径',
  },
  verify: {
    explain: '将全部事件重放到独立的读模型中，与线上读模型逐行比对，并校验每个事件流的哈希链。', start: '开始核验', running: '核验中，已用 {s} 秒…',
    summary: '差异 {d} 处，事件问题 {p} 个，用时 {ms} 毫秒', collection: '读模型', id: '编号', kind: '差异', live: '线上位置', replay: '重放位置',
    status: { running: '正在核验', equal: '核验通过：重放结果与线上完全一致', different: '发现差异', failed: '核验失败' },
    diff: { missing: '线上缺失', extra: '线上多出', different: '内容不同' },
  },
  invite: {
    title: '邀请工作人员、管理员或审计员', open: '发出邀请', role: '角色', staffId: '工号', communities: '负责社区', sms: '同时用短信发送邀请码', submit: '生成邀请码',
    staffHint: '工作人员需填写工号和负责社区；已登记的工作人员也可用原工号邀请开通账户。',
    doneTitle: '邀请已生成', handOver: '请把邀请码和链接当面或电话交给{name}。72 小时内有效，只能使用一次；关闭此窗口后无法再次查看。', code: '邀请码', link: '激活链接', expires: '有效期至',
    steps: '对方打开链接（或在登录页点“首次使用？激活账号”），输入自己的手机号、邀请码并设置密码，之后用手机号和密码登录。', copy: '复制', copied: '已复制', copyFailed: '无法自动复制，请选中文字后手动复制', done: '完成',
  },
  people: {
    title: '登录账户', empty: '还没有账户', invitedAt: '邀请时间', activatedAt: '激活时间', locked: '已锁定至 {time}', noAccount: '未开通', openAccount: '开通账户', allRoles: '全部角色', account: '登录账户',
    status: { invited: '待激活', active: '已激活' },
  },
  slip: {
    issue: '发放激活码', issueTitle: '发放激活码 · {name}', explain: '为志愿者生成 8 位激活码，14 天内有效，只能使用一次；此前未使用的激活码随即作废。已激活的志愿者忘记密码时，同样发放新激活码，用它重新设置密码。',
    sms: '同时用短信发送到登记的手机', generate: '生成激活码', name: '姓名', phone: '登录手机号', code: '激活码', expires: '有效期至', print: '打印纸条', qr: '激活页面二维码', again: '重新生成',
    purpose: { activation: '首次激活', 'password-reset': '重设密码' },
  },
  cardActions: {
    title: '消费卡', suspend: '暂停使用', suspended: '消费卡已暂停', suspendHint: '暂停期间此卡不能兑换服务时间，恢复后可继续使用。', reinstate: '恢复使用', reinstated: '消费卡已恢复',
    lost: '挂失', lostDone: '消费卡已挂失', lostConfirm: '挂失后卡号 {number} 不能再使用，需要补办新卡。确认挂失？', reissue: '补办新卡', reissued: '已补办新卡',
    reissueConfirm: '为{name}补办一张新卡，原卡号 {number} 随即作废，余额不变。确认补办？', confirm: '确认', number: '卡号',
  },
  signIns: {
    title: '登录日志', person: '账户', kind: '类型', allKinds: '全部类型', everyone: '全部账户', unknownPerson: '未知账户', unknownHint: '所填手机号或工号不属于任何账户', address: '网络地址', device: '设备', detail: '说明',
    empty: '没有符合条件的登录记录', by: '经办人：{name}', attempt: '第 {n} 次失败', failures: '连续失败 {n} 次', ended: '结束会话',
    kinds: {
      'signed-in': '登录成功', 'sign-in-failed': '登录失败', 'sign-in-refused-locked': '锁定期间尝试登录', locked: '账户锁定', unlocked: '解除锁定', 'activation-failed': '激活失败', activated: '账户激活',
      'password-reset': '重设密码', 'password-changed': '修改密码', 'code-issued': '发放激活码或邀请码', 'refresh-refused': '续期被拒', 'refresh-token-reused': '刷新令牌被重复使用', 'signed-out': '退出登录',
      'session-ended': '会话被结束', 'credentials-deleted': '登录凭据已删除', 'token-revoked': '令牌被撤销',
    },
    reasons: {
      'wrong-password': '密码错误', 'unknown-login': '账户不存在', 'not-activated': '账户尚未激活', 'lock-expired': '锁定期满', 'password-reset': '已重设密码', erasure: '个人信息已删除', 'signed-out': '本人退出',
      'revoked-by-owner': '本人在其他设备上结束', 'revoked-by-admin': '管理员强制下线', 'password-changed': '密码已修改', 'refresh-token-reused': '刷新令牌被重复使用',
    },
    login: { phone: '用手机号', staffId: '用工号' },
    transport: { cookie: '网页', body: '接口' },
    purpose: { invitation: '邀请码', activation: '激活码', 'password-reset': '重设密码的激活码' },
  },
};

export type Messages = typeof zhCN;

export const en: Messages = {
  app: { name: 'Shiji · volunteer time bank', short: 'Shiji' },
  common: {
    loading: 'Loading…', retry: 'Retry', empty: 'Nothing here yet', noMore: 'No more', more: 'Load more', sending: 'Sending…', save: 'Save', cancel: 'Cancel', search: 'Search', actions: 'Actions',
    name: 'Name', title: 'Name', phone: 'Phone', yes: 'Yes', no: 'No', requestId: 'Request id', signOut: 'Sign out', otherLanguage: '中文', backHome: 'Back to start',
    forbiddenTitle: 'Not allowed', forbidden: 'You may not see this page or these records.', notFoundTitle: 'Not found', notFound: 'There is no such page.', errorTitle: 'Something went wrong',
  },
  role: { volunteer: 'Volunteer', staff: 'Staff', admin: 'Admin', auditor: 'Auditor' },
  signIn: { title: 'Sign in', login: 'Mobile number (staff: or staff id)', phone: 'Mobile number', password: 'Password', submit: 'Sign in', activate: 'First time? Activate', forgot: 'Forgot your password? Ask your community office for a new code.' },
  activate: {
    title: 'Activate your account', subtitle: 'Set a password with the code you were given', code: 'Activation or invitation code', password: 'New password (8 or more characters)', repeat: 'Repeat the password',
    submit: 'Activate', done: 'Done. Sign in with your mobile number and new password.', toSignIn: 'Sign in',
  },
  validation: {
    phone: 'Enter an 11-digit mobile number', login: 'Enter an 11-digit mobile number or a staff id', password: 'At least {min} characters', code: 'Enter the whole code', repeat: 'The passwords differ', name: 'Enter a name (within the length allowed)',
    minutes: 'Whole minutes from 1 to 1440', description: 'Say what the service was', reason: 'Give a reason', title: 'Enter a title', place: 'Enter a place', range: 'Choose a start and a later end',
    attendance: 'Each time must be whole minutes from 1 to {max}', volunteer: 'Choose a volunteer', ended: 'Service must have ended: start plus length not after now', slug: 'Lowercase letters, digits and hyphens only',
    staffId: 'Letters, digits and . _ - only', thresholds: 'Five whole numbers of hours, each above the one before', kind: 'Enter a kind', partner: 'Choose a partner',
  },
  units: { hours: 'hours', minutes: 'minutes', month: 'M{n}' },
  card: { none: 'None', active: 'Active', suspended: 'Suspended', lost: 'Reported lost' },
  category: { elderly_care: 'Elderly care', tutoring: 'Tutoring', health_clinic: 'Health clinic', mediation: 'Mediation', environment: 'Environment', culture: 'Culture', safety_patrol: 'Safety patrol', other: 'Other' },
  period: { month: 'month', quarter: 'quarter', year: 'year' },
  ledger: { verified: 'Verified service', corrected: 'Correction', redeemed: 'Redeemed', redemption_reversed: 'Redemption reversed', gift_given: 'Gift to family', gift_received: 'Gift from family', gift_refused: 'Gift refused', gift_returned: 'Gift returned', donated: 'Donated to the pool', capped: 'Over the storage cap', empty: 'No entries yet', balanceAfter: 'Balance {time}', kind: 'Kind', change: 'Change', after: 'Balance after', corrected_reason: 'Reason' },
  volunteer: {
    balance: 'My time account', ledger: 'Ledger', records: 'My service records', activities: 'Activities', rewards: 'Rewards I may claim', certificate: 'Service-record certificate', help: 'Ask for help', me: 'Me',
    tabs: { home: 'Account', activities: 'Activities', records: 'Records', me: 'Me' },
    credit: 'Credit to spend', lifetime: 'Verified in all', card: 'Service-time card', owes: 'The account owes time and cannot redeem', starLevel: 'Star level', number: 'Volunteer No.', starsLabel: '{n} stars', progress: 'Progress to the next level',
    toNext: '{time} more to reach {level} stars', topLevel: 'Top level reached',
  },
  records: {
    empty: 'No service records yet', verified: 'Verified', pending: 'Pending', all: 'All', what: 'Service', when: 'When', duration: 'Time', verify: 'Verify', verifiedDone: 'Verified',
    correct: 'Correct', corrected: 'Corrected', correctedTimes: 'corrected {n}×', record: 'Record service', recorded: 'Recorded',
    rejected: 'Rejected', reject: 'Reject', rejectTitle: 'Reject a record of {name}', rejectReason: 'Reason', rejectHint: 'The volunteer reads this, e.g. the activity was cancelled that day', rejectedDone: 'Rejected',
    selfReported: 'Self-reported',
  },
  report: {
    open: 'Report service', title: 'Service I gave', startedAt: 'Started', minutes: 'Minutes served', descriptionHint: 'e.g. took a neighbour to the clinic', submit: 'Send report', done: 'Sent; staff will verify it',
    hint: 'Staff verify what you report; only then does it count in your account.',
  },
  activities: {
    empty: 'No activities soon', participants: '{n} signed up', signUp: 'Sign up', withdraw: 'Withdraw', signedUp: 'Signed up', withdrawn: 'Withdrawn', cancelled: 'Cancelled', joined: 'Joined',
    publish: 'Publish activity', published: 'Published', title: 'Title', category: 'Category', place: 'Place', team: 'Team', roster: 'Signed up', starts: 'Starts', ends: 'Ends',
  },
  activityStatus: { published: 'Published', cancelled: 'Cancelled' },
  rewards: {
    empty: 'No rewards for you right now', partnerUnknown: 'Partner', discount: '{n}% off', priority: 'Priority', minLevel: '{stars} or more', left: '{n} left this {period}',
    howToClaim: 'Show your certificate; community staff record the claim.', title: 'Rewards', none: 'No rewards yet', offer: 'Offer a reward', offered: 'Offered', withdraw: 'Withdraw', withdrawn: 'Withdrawn', withdrawnTag: 'Withdrawn',
    offeredTag: 'Offered', withdrawnReason: 'Withdrawn by an admin', id: 'Reward id', minLevelShort: 'Minimum level', discountShort: 'Discount', quota: 'Quota', quotaCount: 'Claims each', quotaText: '{n} per {period}', unlimited: 'Unlimited',
  },
  check: {
    title: 'Check a service-record certificate', subtitle: 'Type the code on the certificate, or scan its QR code', code: 'Verification code', submit: 'Check',
    matches: 'Agrees with the records', changed: 'Records were corrected or added since: this certificate no longer agrees with them; ask the issuer for a new one',
    number: 'Certificate No.', volunteer: 'Volunteer', issuer: 'Issued by', responsible: 'Responsible person', officer: 'Handling officer', period: 'Year certified', hours: 'Verified service', records: '{n} records', issuedOn: 'Date of issue',
  },
  certificate: { title: 'Service-record certificate', explain: 'Your verified service of one year, which anyone can check by its code.', year: 'Year', download: 'Download (PDF)', code: 'Certificate code: {code}' },
  help: {
    title: 'Ask for help', cardHolder: 'You hold a service-time card: your requests are served first.', noCard: 'Once you reach the card level and hold a card, stored time pays for help.',
    how: 'Call or visit the office of {community} and say what you need; staff record it and find a volunteer.', spend: 'When the help is given, its time is taken from your account.',
  },
  me: { largeText: 'Large text', largeTextHint: 'Bigger letters, easier to read', english: 'English' },
  console: {
    menu: 'Menu', community: 'Community', noCommunity: 'No community is granted to you yet; ask an admin.', dashboard: 'Overview', queue: 'Work queue', volunteers: 'Volunteers', volunteer: 'Volunteer',
    activities: 'Activities', activity: 'Activity', records: 'Service records', redemptions: 'Redemptions', claims: 'Reward claims', honours: 'Honours', communities: 'Communities', staff: 'Staff',
    policy: 'Star policy', rewards: 'Partners and rewards', invitations: 'Accounts and invitations',
  },
  dashboard: {
    year: 'Year', volunteers: 'Volunteers', verified: 'Verified in {year}', pending: 'Records to verify', byMonth: 'Verified hours per month, {year}', starLevels: 'Star levels', top: 'Top volunteers of {year}',
    noStar: 'No star', noTop: 'No verified service this year yet',
  },
  queue: {
    pending: 'Records to verify (oldest first)', noPending: 'Nothing to verify', today: "Today's activities", noToday: 'No activity today', requests: 'Service requests (card holders first)', noRequests: 'No open request',
    for: 'For', resident: 'Resident', cardHolder: 'Card', wanted: 'Wanted', status: 'Status',
  },
  requestStatus: { open: 'Open', assigned: 'Assigned', completed: 'Completed', cancelled: 'Cancelled' },
  volunteerStatus: { active: 'Active', suspended: 'Suspended' },
  volunteers: { search: 'Search by name or phone', register: 'Register volunteer', registered: 'Registered', empty: 'No volunteer found', teams: 'Teams', party: 'Party member', registeredAt: 'Registered' },
  detail: {
    issueCard: 'Issue card', cardIssued: 'Card issued', redeem: 'Redeem credits', redeemSubmit: 'Redeem', redeemed: 'Redeemed', service: 'Service bought', servicePlaceholder: 'e.g. two hours of cleaning',
    move: 'Move to another community', moveTo: 'New community', moved: 'Moved', suspend: 'Suspend volunteer', suspended: 'Suspended', reinstate: 'Reinstate volunteer', reinstated: 'Reinstated', reason: 'Reason', certificate: 'Certificate',
  },
  attendance: {
    title: 'Roster and attendance ({n})', add: 'Add a volunteer', addButton: 'Add', added: 'Added', empty: 'Nobody signed up yet', present: 'Present', minutes: 'Minutes served', notYet: 'Not recorded',
    submit: 'Record and verify {n}', done: 'Recorded and verified {n}', allRecorded: 'Everyone present is recorded', afterEnd: 'Attendance is recorded after the activity ends',
    refused: '{n} not recorded; see the roster', refusedTag: 'Not recorded', capacity: 'Capacity', capacityOf: '{n} of {max} signed up', noCapacity: 'No limit',
    waiting: 'Waiting list ({n}, in order)', noWaiting: 'Nobody waiting', waitingHint: 'When someone withdraws, the first in line takes the place.',
  },
  redemptions: { hint: 'Redeem from a volunteer’s page.', empty: 'No redemptions yet', holder: 'Card holder', provider: 'Provider', done: 'Redeemed', reversedTag: 'Reversed', reverse: 'Reverse', reversed: 'Reversed' },
  claims: { record: 'Record a claim', recorded: 'Recorded', empty: 'No claims yet', reward: 'Reward', partner: 'Partner' },
  honours: {
    roll: 'Honour roll {year}', csv: 'Download CSV', empty: 'No verified service that year', rank: 'Rank', hours: 'Verified', records: 'Records', badges: 'Badges due', noBadges: 'No badge due',
    certifiedLevel: 'Certified', certify: 'Certify and issue badge', certified: 'Certified',
  },
  communities: { register: 'Add community', registered: 'Added', empty: 'No communities yet', id: 'Community id' },
  staff: { register: 'Invite staff', registered: 'Invited', empty: 'No staff yet', id: 'Staff id', communities: 'Communities', grant: 'Grant', granted: 'Granted', revoked: 'Revoked' },
  policy: { thresholds: 'Star thresholds (verified hours)', hoursFor: 'Hours for {n} stars', card: 'Card', cardLevel: 'Card from level', saved: 'Policy changed', history: 'Changes', defaults: 'Default policy' },
  partners: { title: 'Partners', register: 'Add partner', registered: 'Added', empty: 'No partners yet', id: 'Partner id', kind: 'Kind', kindExample: 'e.g. clinic, housekeeping, library' },
  audit: {
    events: 'Event log', stream: 'Stream', account: 'Account as of', verify: 'Verification', access: 'Access log', accessTitle: 'Reads of the audit routes', fromPosition: 'From position', toPosition: 'To position', time: 'Time',
    from: 'From', to: 'To', type: 'Event type', streamId: 'Stream', volunteerId: 'Volunteer id', communityId: 'Community id', actor: 'Actor', export: 'Export NDJSON', noEvents: 'No matching event',
    position: 'Position', asOf: 'As of', look: 'Show', chooseAccount: 'Enter a volunteer id and a moment', then: '{name} then', now: '{name} now', noAccess: 'No access recorded', role: 'Role', method: 'Method', path: 'Path',
  },
  verify: {
    explain: 'Replays the whole log into fresh read models, compares them row by row with the live ones and checks every stream’s hash chain.', start: 'Run verification', running: 'Verifying, {s} s…',
    summary: '{d} differences, {p} event problems, {ms} ms', collection: 'Read model', id: 'Id', kind: 'Difference', live: 'Live position', replay: 'Replay position',
    status: { running: 'Verifying', equal: 'Verified: the replay equals the live views', different: 'Differences found', failed: 'Verification failed' },
    diff: { missing: 'Missing live', extra: 'Extra live', different: 'Different' },
  },
  invite: {
    title: 'Invite staff, an admin or an auditor', open: 'Invite', role: 'Role', staffId: 'Staff id', communities: 'Communities', sms: 'Also send the code by SMS', submit: 'Create the code',
    staffHint: 'Staff need a staff id and their communities; staff already registered can be invited with their staff id.',
    doneTitle: 'Invitation created', handOver: 'Hand the code and the link to {name} in person or by phone. Valid 72 h, once; it cannot be shown again after you close this.', code: 'Invitation code', link: 'Activation link', expires: 'Valid until',
    steps: 'They open the link (or “First time? Activate” on the sign-in page), enter their phone number and the code, set a password, then sign in with phone and password.', copy: 'Copy', copied: 'Copied', copyFailed: 'Could not copy; select the text and copy it', done: 'Done',
  },
  people: {
    title: 'Accounts', empty: 'No accounts yet', invitedAt: 'Invited', activatedAt: 'Activated', locked: 'Locked until {time}', noAccount: 'None', openAccount: 'Open account', allRoles: 'All roles', account: 'Account',
    status: { invited: 'Invited', active: 'Active' },
  },
  slip: {
    issue: 'Activation code', issueTitle: 'Activation code · {name}', explain: 'Creates an 8-digit code, valid 14 days, once; any unused code stops working. A volunteer who forgot their password gets a new code the same way and sets a new password with it.',
    sms: 'Also send it by SMS to the registered phone', generate: 'Create the code', name: 'Name', phone: 'Sign-in phone', code: 'Code', expires: 'Valid until', print: 'Print slip', qr: 'QR code of the activation page', again: 'New code',
    purpose: { activation: 'First activation', 'password-reset': 'Password reset' },
  },
  cardActions: {
    title: 'Card', suspend: 'Suspend', suspended: 'Card suspended', suspendHint: 'A suspended card cannot redeem until it is reinstated.', reinstate: 'Reinstate', reinstated: 'Card reinstated',
    lost: 'Report lost', lostDone: 'Card reported lost', lostConfirm: 'Card {number} will no longer work and needs reissuing. Report it lost?', reissue: 'Reissue', reissued: 'Card reissued',
    reissueConfirm: 'Issue {name} a new card; card {number} stops working, the balance stays. Reissue?', confirm: 'Confirm', number: 'Card number',
  },
  signIns: {
    title: 'Sign-in log', person: 'Account', kind: 'Kind', allKinds: 'All kinds', everyone: 'Everyone', unknownPerson: 'Unknown account', unknownHint: 'The phone number or staff id typed belongs to no account', address: 'Address', device: 'Device', detail: 'Detail',
    empty: 'No matching sign-in entry', by: 'By {name}', attempt: 'failure {n}', failures: '{n} failures in a row', ended: 'Session ended',
    kinds: {
      'signed-in': 'Signed in', 'sign-in-failed': 'Sign-in failed', 'sign-in-refused-locked': 'Tried while locked', locked: 'Locked', unlocked: 'Unlocked', 'activation-failed': 'Activation failed', activated: 'Activated',
      'password-reset': 'Password reset', 'password-changed': 'Password changed', 'code-issued': 'Code issued', 'refresh-refused': 'Refresh refused', 'refresh-token-reused': 'Refresh token reused', 'signed-out': 'Signed out',
      'session-ended': 'Session ended', 'credentials-deleted': 'Credentials deleted', 'token-revoked': 'Token revoked',
    },
    reasons: {
      'wrong-password': 'wrong password', 'unknown-login': 'no such account', 'not-activated': 'not activated yet', 'lock-expired': 'lock expired', 'password-reset': 'password reset', erasure: 'personal data erased', 'signed-out': 'signed out',
      'revoked-by-owner': 'ended by the owner', 'revoked-by-admin': 'ended by an admin', 'password-changed': 'password changed', 'refresh-token-reused': 'refresh token reused',
    },
    login: { phone: 'by phone', staffId: 'by staff id' },
    transport: { cookie: 'web', body: 'api' },
    purpose: { invitation: 'invitation code', activation: 'activation code', 'password-reset': 'password-reset code' },
  },
};
