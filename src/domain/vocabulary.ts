/**
 * The domain's words, each with its zh and en label. Every select field, the
 * seed, imports and reports take their options from here, so a value is spelled
 * once. Pure data: no Payload import.
 */
export type Label = { en: string; zh: string }
export type Option<V extends string = string> = { label: Label; value: V }

const opts = <V extends string>(list: ReadonlyArray<readonly [V, string, string]>): Option<V>[] =>
  list.map(([value, zh, en]) => ({ label: { en, zh }, value }))

export const ROLES = ['admin', 'compliance', 'manager', 'staff', 'editor'] as const
export type Role = (typeof ROLES)[number]
export const roleOptions = opts<Role>([
  ['admin', '系统管理员', 'Administrator'],
  ['compliance', '总行合规/消保', 'Head-office compliance'],
  ['manager', '网点/支行负责人', 'Branch manager'],
  ['staff', '网点员工', 'Branch staff'],
  ['editor', '宣传内容编辑', 'Content editor'],
])
/** Roles that belong to a branch and only see that branch's subtree. */
export const BRANCH_ROLES: ReadonlyArray<Role> = ['manager', 'staff']

export const BRANCH_LEVELS = ['head-office', 'branch', 'sub-branch', 'outlet'] as const
export type BranchLevel = (typeof BRANCH_LEVELS)[number]
export const branchLevelOptions = opts<BranchLevel>([
  ['head-office', '总行', 'Head office'],
  ['branch', '分行', 'Branch'],
  ['sub-branch', '支行', 'Sub-branch'],
  ['outlet', '网点', 'Outlet'],
])

export const CAMPAIGN_STATUSES = ['planned', 'running', 'closed'] as const
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number]
export const campaignStatusOptions = opts<CampaignStatus>([
  ['planned', '筹备中', 'Planned'],
  ['running', '进行中', 'Running'],
  ['closed', '已结束', 'Closed'],
])

export const ACTIVITY_TYPES = [
  'lobby',
  'street',
  'community',
  'campus',
  'hospital',
  'enterprise',
  'rural',
  'lecture',
  'online-post',
  'short-video',
  'sms',
  'quiz',
  'joint-event',
  'interception',
] as const
export type ActivityType = (typeof ACTIVITY_TYPES)[number]
export const activityTypeOptions = opts<ActivityType>([
  ['lobby', '厅堂宣传', 'Lobby publicity'],
  ['street', '街面/摆摊宣传', 'Street / stall publicity'],
  ['community', '社区/入户宣传', 'Community / door-to-door'],
  ['campus', '校园宣传', 'Campus event'],
  ['hospital', '医院宣传', 'Hospital talk'],
  ['enterprise', '企业/商户走访', 'Enterprise / merchant visit'],
  ['rural', '农村/乡镇宣传', 'Rural outreach'],
  ['lecture', '专题讲座/培训', 'Lecture / training'],
  ['online-post', '线上推文', 'Online post'],
  ['short-video', '短视频', 'Short video'],
  ['sms', '短信群发', 'SMS broadcast'],
  ['quiz', '现场答题', 'Quiz'],
  ['joint-event', '警银/政企联合活动', 'Joint event with police / government'],
  ['interception', '堵截/劝阻', 'Interception'],
])
/** Types that happen in person (the workflow issue requires photos for them). */
export const OFFLINE_ACTIVITY_TYPES: ReadonlyArray<ActivityType> = [
  'street',
  'community',
  'campus',
  'hospital',
  'lecture',
  'joint-event',
]
export const ONLINE_ACTIVITY_TYPES: ReadonlyArray<ActivityType> = ['online-post', 'short-video', 'sms']

export const AUDIENCES = [
  'elderly',
  'students',
  'merchants',
  'rural',
  'employees',
  'public',
  'other',
] as const
export type Audience = (typeof AUDIENCES)[number]
export const audienceOptions = opts<Audience>([
  ['elderly', '老年人', 'Elderly'],
  ['students', '学生', 'Students'],
  ['merchants', '商户', 'Merchants'],
  ['rural', '农村居民', 'Rural residents'],
  ['employees', '企业职工', 'Employees'],
  ['public', '社会公众', 'General public'],
  ['other', '其他', 'Other'],
])

export const CHANNELS = ['offline', 'online'] as const
export type Channel = (typeof CHANNELS)[number]
export const channelOptions = opts<Channel>([
  ['offline', '线下', 'Offline'],
  ['online', '线上', 'Online'],
])

export const ACTIVITY_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number]
export const activityStatusOptions = opts<ActivityStatus>([
  ['draft', '草稿', 'Draft'],
  ['submitted', '已提交', 'Submitted'],
  ['approved', '已审核', 'Approved'],
  ['returned', '已退回', 'Returned'],
])

export const FRAUD_TYPES = [
  'police-impersonation',
  'phone-bill',
  'shopping-refund',
  'order-brushing',
  'online-loan',
  'prize',
  'acquaintance',
  'tax-refund',
  'qq-friend',
  'game-currency',
  'health-products',
  'investment',
  'romance',
] as const
export type FraudType = (typeof FRAUD_TYPES)[number]
export const fraudTypeOptions = opts<FraudType>([
  ['police-impersonation', '冒充公检法', 'Impersonating police / officials'],
  ['phone-bill', '虚假话费欠费', 'Fake phone-bill arrears'],
  ['shopping-refund', '网购退款', 'Shopping refund scam'],
  ['order-brushing', '刷单返利', 'Order brushing'],
  ['online-loan', '网络贷款', 'Online loan scam'],
  ['prize', '中奖诈骗', 'Prize scam'],
  ['acquaintance', '冒充熟人', 'Impersonating acquaintances'],
  ['tax-refund', '退税诈骗', 'Tax refund scam'],
  ['qq-friend', '冒充QQ好友', 'Fake QQ friend'],
  ['game-currency', '游戏币交易', 'Game currency scam'],
  ['health-products', '保健品诈骗', 'Health products scam'],
  ['investment', '投资理财', 'Investment scam'],
  ['romance', '网络交友/杀猪盘', 'Romance scam'],
])

export const MATERIAL_KINDS = ['leaflet', 'poster', 'handbook', 'video', 'comic', 'case-study', 'slogan'] as const
export type MaterialKind = (typeof MATERIAL_KINDS)[number]
export const materialKindOptions = opts<MaterialKind>([
  ['leaflet', '宣传折页', 'Leaflet'],
  ['poster', '海报', 'Poster'],
  ['handbook', '宣传手册', 'Handbook'],
  ['video', '短视频', 'Video'],
  ['comic', '漫画', 'Comic'],
  ['case-study', '案例', 'Case study'],
  ['slogan', '标语/提示', 'Tip / slogan'],
])

export const CONTENT_LANGUAGES = ['zh', 'en', 'ug', 'bo', 'mn'] as const
export type ContentLanguage = (typeof CONTENT_LANGUAGES)[number]
export const contentLanguageOptions = opts<ContentLanguage>([
  ['zh', '中文', 'Chinese'],
  ['en', '英文', 'English'],
  ['ug', '维吾尔文', 'Uyghur'],
  ['bo', '藏文', 'Tibetan'],
  ['mn', '蒙古文', 'Mongolian'],
])

export const labelOf = <V extends string>(options: ReadonlyArray<Option<V>>, value: V, lang: keyof Label): string =>
  options.find((o) => o.value === value)?.label[lang] ?? value

export const AUDIT_ACTIONS = [
  'record-status',
  'records-reviewed',
  'return-submitted',
  'return-accepted',
  'return-returned',
  'return-no-activity',
  'month-locked',
  'month-reopened',
  'report-generated',
  'report-downloaded',
  'user-changed',
  'login',
  'login-failed',
  'import-committed',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]
export const auditActionOptions = opts<AuditAction>([
  ['record-status', '记录状态变更', 'Record status changed'],
  ['records-reviewed', '批量审核', 'Records reviewed in bulk'],
  ['return-submitted', '月度报送提交', 'Monthly return submitted'],
  ['return-accepted', '月度报送通过', 'Monthly return accepted'],
  ['return-returned', '月度报送退回', 'Monthly return returned'],
  ['return-no-activity', '标记本月无活动', 'Marked no activity this month'],
  ['month-locked', '月份锁定', 'Month locked'],
  ['month-reopened', '月份解锁', 'Month reopened'],
  ['report-generated', '生成报告', 'Report generated'],
  ['report-downloaded', '下载报告', 'Report downloaded'],
  ['user-changed', '用户角色/机构变更', 'User role or branch changed'],
  ['login', '登录', 'Signed in'],
  ['login-failed', '登录失败', 'Sign-in failed'],
  ['import-committed', '表格导入', 'Spreadsheet imported'],
])
