/**
 * The monthly workflow's rules as pure functions: which status changes a role
 * may make, what evidence a record needs before it is submitted, and which
 * figures look implausible enough for compliance to review. No Payload import.
 */
import { ancestorIds, type BranchId } from './branchTree'
import type { ActivityStatus, ActivityType, Option, Role } from './vocabulary'
import { OFFLINE_ACTIVITY_TYPES, ONLINE_ACTIVITY_TYPES } from './vocabulary'

/**
 * Who approves a campaign's records: the manager of the record's own branch
 * (or any level above it), the supervising level (the branch above the
 * record's: a sub-branch manager approves its outlets' records; the default),
 * or head office only.
 */
export const REVIEW_LEVELS = ['supervising', 'own', 'head-office'] as const
export type ReviewLevel = (typeof REVIEW_LEVELS)[number]
export const reviewLevelOptions: Option<ReviewLevel>[] = [
  { label: { en: 'The supervising level (sub-branch approves its outlets)', zh: '上级机构审核（支行审核所辖网点）' }, value: 'supervising' },
  { label: { en: "The record's own branch manager", zh: '本机构负责人审核' }, value: 'own' },
  { label: { en: 'Head-office compliance only', zh: '仅总行合规审核' }, value: 'head-office' },
]
export const toReviewLevel = (v: unknown): ReviewLevel => ((REVIEW_LEVELS as ReadonlyArray<unknown>).includes(v) ? (v as ReviewLevel) : 'supervising')

/**
 * The branches whose managers may review a record filed at `record`, nearest
 * last (none under head-office review): its own branch and those above for
 * 'own'; those above it for 'supervising' (a root branch reviews its own).
 */
export const reviewNodes = (level: ReviewLevel, record: { id: BranchId; path?: string | null }): string[] => {
  if (level === 'head-office') return []
  const above = ancestorIds(record.path)
  if (level === 'own' || above.length === 0) return [...above, String(record.id)]
  return above
}

/**
 * Whether the user is one of the record's reviewers under the campaign's
 * level. `nearestIsHeadOffice`: the nearest review node is the head-office
 * node (the records of a top-level branch under 'supervising'), which
 * compliance reviews.
 */
export const isReviewer = (i: {
  level: ReviewLevel
  role: Role | null
  userBranch: BranchId | null
  record: { id: BranchId; path?: string | null }
  nearestIsHeadOffice: boolean
}): boolean => {
  if (i.role === 'admin') return true
  if (i.role === 'compliance') return i.level === 'head-office' || i.nearestIsHeadOffice
  if (i.role !== 'manager' || i.userBranch === null || i.level === 'head-office') return false
  return reviewNodes(i.level, i.record).includes(String(i.userBranch))
}

export type TransitionProblem =
  | 'transitionNotAllowed'
  | 'reviewHeadOfficeOnly'
  | 'reviewAboveOnly'
  | 'reviewOwnBranchOnly'
  | 'selfApproval'
  | 'returnReasonRequired'

export type TransitionInput = {
  from: ActivityStatus | null // null on create
  to: ActivityStatus
  role: Role | null
  /** The user filed the record (or submitted it). */
  isOwnRecord: boolean
  /** The campaign's review level and whether the user is one of this record's reviewers under it (isReviewer). */
  reviewLevel: ReviewLevel
  reviews: boolean
  reason?: string | null
}

/** Status changes that exist at all (anything else is refused for every role). */
const FLOW: Record<ActivityStatus | 'new', ReadonlyArray<ActivityStatus>> = {
  approved: ['returned'],
  draft: ['submitted'],
  new: ['draft', 'submitted'],
  returned: ['draft', 'submitted'],
  submitted: ['draft', 'approved', 'returned'],
}

const REVIEW: ReadonlyArray<ActivityStatus> = ['approved', 'returned']

/** Why `role` may not move a record from `from` to `to`, or null when it may. Same status is not a change. */
export const transitionProblem = (i: TransitionInput): TransitionProblem | null => {
  if (i.from === i.to) return null
  // who may create a record at all is collection access; a new draft is no status decision
  if (i.from === null && i.to === 'draft') return null
  if (!FLOW[i.from ?? 'new'].includes(i.to)) {
    // admin may correct anything, including creating a record already approved (data migration)
    return i.role === 'admin' ? null : 'transitionNotAllowed'
  }
  if (REVIEW.includes(i.to)) {
    // compliance keeps the right to return anything, whoever reviews the campaign's records
    const reviewer = i.role === 'admin' || i.reviews || (i.role === 'compliance' && i.to === 'returned')
    if (!reviewer) return i.reviewLevel === 'head-office' ? 'reviewHeadOfficeOnly' : i.reviewLevel === 'own' ? 'reviewOwnBranchOnly' : 'reviewAboveOnly'
    // nobody reviews what they filed (an administrator's corrections aside)
    if (i.role !== 'admin' && i.isOwnRecord) return 'selfApproval'
    if (i.to === 'returned' && (i.reason ?? '').trim() === '') return 'returnReasonRequired'
    return null
  }
  // submitting, withdrawing to draft: the branch's own people (and admin); never compliance
  return i.role === 'admin' || i.role === 'manager' || i.role === 'staff' ? null : 'transitionNotAllowed'
}

/** The buttons of the workflow and the status each one leads to. */
export const WORKFLOW_ACTIONS = { submit: 'submitted', withdraw: 'draft', approve: 'approved', return: 'returned' } as const
export type WorkflowAction = keyof typeof WORKFLOW_ACTIONS
export const WORKFLOW_ACTION_NAMES = Object.keys(WORKFLOW_ACTIONS) as WorkflowAction[]

/**
 * The actions a user may take on a record now: those of the normal flow
 * (an administrator's corrections outside it are not offered as buttons)
 * that the role may make. A return's reason is asked for when it is taken.
 */
export const availableActions = (i: Omit<TransitionInput, 'reason' | 'to'>): WorkflowAction[] =>
  WORKFLOW_ACTION_NAMES.filter((action) => {
    const to = WORKFLOW_ACTIONS[action]
    if (i.from === null || !FLOW[i.from].includes(to)) return false
    // withdrawing takes a record back from review; a returned one is already the branch's to edit
    if (action === 'withdraw' && i.from !== 'submitted') return false
    return transitionProblem({ ...i, reason: 'x', to }) === null
  })

export type EvidenceProblem = 'photoRequired' | 'linkOrScreenshotRequired'

/** Evidence a record must carry before it is submitted. */
export const evidenceProblem = (type: ActivityType, photos: number, link: string | null | undefined): EvidenceProblem | null => {
  if (OFFLINE_ACTIVITY_TYPES.includes(type) && photos < 1) return 'photoRequired'
  if (ONLINE_ACTIVITY_TYPES.includes(type) && photos < 1 && (link ?? '').trim() === '') return 'linkOrScreenshotRequired'
  return null
}

export const FLAGS = ['reach-above-limit', 'leaflets-above-reach', 'losses-without-interception', 'duplicate-photo'] as const
export type Flag = (typeof FLAGS)[number]
export const flagOptions: Option<Flag>[] = [
  { label: { en: 'Reach above the limit for its type', zh: '覆盖人次超出同类活动上限' }, value: 'reach-above-limit' },
  { label: { en: 'More leaflets than people reached allow', zh: '发放资料数量明显多于覆盖人次' }, value: 'leaflets-above-reach' },
  { label: { en: 'Losses avoided without an interception', zh: '有避免损失金额但无堵截笔数' }, value: 'losses-without-interception' },
  { label: { en: 'Same photo as another record', zh: '照片与其他记录重复' }, value: 'duplicate-photo' },
]

export type OutlierRules = {
  /** Most people one activity of the type plausibly reaches. */
  reachLimits: ReadonlyArray<{ maxPeople: number; type: ActivityType }>
  /** Leaflets handed out above people reached × this factor look padded; null switches the rule off. */
  leafletsPerPersonMax: number | null
  flagLossesWithoutInterception: boolean
}

export type Figures = {
  type: ActivityType
  leaflets?: ReadonlyArray<{ quantity?: number | null }> | null
  reach?: ReadonlyArray<{ count?: number | null }> | null
  interception?: { lossesAvoided?: number | null; transactionsStopped?: number | null } | null
}

const sum = (rows: ReadonlyArray<Record<string, unknown>> | null | undefined, key: string): number =>
  (rows ?? []).reduce((n, r) => n + (typeof r[key] === 'number' ? (r[key] as number) : 0), 0)

/** The figure flags a record earns (duplicate photos are found elsewhere). Flags ask for review; they never refuse. */
export const outlierFlags = (a: Figures, rules: OutlierRules): Flag[] => {
  const flags: Flag[] = []
  const people = sum(a.reach, 'count')
  const leaflets = sum(a.leaflets, 'quantity')
  const limit = rules.reachLimits.find((l) => l.type === a.type)
  if (limit && people > limit.maxPeople) flags.push('reach-above-limit')
  if (rules.leafletsPerPersonMax !== null && leaflets > 0 && leaflets > people * rules.leafletsPerPersonMax) {
    flags.push('leaflets-above-reach')
  }
  const losses = a.interception?.lossesAvoided ?? 0
  const stopped = a.interception?.transactionsStopped ?? 0
  if (rules.flagLossesWithoutInterception && losses > 0 && stopped < 1) {
    flags.push('losses-without-interception')
  }
  return flags
}

export const DEFAULT_RULES: OutlierRules = {
  flagLossesWithoutInterception: true,
  leafletsPerPersonMax: 3,
  reachLimits: [
    { maxPeople: 300, type: 'lobby' },
    { maxPeople: 2000, type: 'street' },
    { maxPeople: 1000, type: 'community' },
    { maxPeople: 3000, type: 'campus' },
    { maxPeople: 1000, type: 'hospital' },
    { maxPeople: 500, type: 'lecture' },
  ],
}
