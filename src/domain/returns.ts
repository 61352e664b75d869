/**
 * Monthly returns (月度报送) as pure functions. A return is filed by every
 * node with nodes below it (sub-branch, branch): it carries the figures of
 * its subtree, and the records of its childless nodes (the outlets), which
 * the level above reviews, travel in it. Each level's deadline, who may
 * take which step, and the tree of returns with DHIS2's two figures per
 * subtree — reporting rate (returns in / returns expected) and on-time rate
 * (returns in by their deadline / returns expected). No Payload import.
 */
import { ancestorIds, type BranchId } from './branchTree'
import { nextMonth } from './dates'
import type { BranchLevel, Option, Role } from './vocabulary'

export const RETURN_STATUSES = ['open', 'submitted', 'accepted', 'returned'] as const
export type ReturnStatus = (typeof RETURN_STATUSES)[number]
export const returnStatusOptions: Option<ReturnStatus>[] = [
  { label: { en: 'Open', zh: '未报送' }, value: 'open' },
  { label: { en: 'Submitted', zh: '已报送' }, value: 'submitted' },
  { label: { en: 'Accepted', zh: '已通过' }, value: 'accepted' },
  { label: { en: 'Returned', zh: '已退回' }, value: 'returned' },
]
export const RETURN_ACTIONS = ['submit', 'accept', 'return', 'no-activity'] as const
export type ReturnAction = (typeof RETURN_ACTIONS)[number]

export type Deadlines = { branch: number; remindDaysBefore: number; subBranch: number }
export const DEFAULT_DEADLINES: Deadlines = { branch: 8, remindDaysBefore: 2, subBranch: 5 }
/** As a campaign stores them: any may be empty (then the default holds). */
export type DeadlineInput = { [K in keyof Deadlines]?: number | null } | null | undefined

/** The day of the following month a level's return is due (head office and outlets file none). */
export const deadlineDay = (level: BranchLevel, d: DeadlineInput): number | null => {
  const days = { ...DEFAULT_DEADLINES, ...Object.fromEntries(Object.entries(d ?? {}).filter(([, v]) => typeof v === 'number')) }
  if (level === 'sub-branch') return days.subBranch
  if (level === 'branch') return days.branch
  return null
}

/** The last instant of the due day, Beijing time, as ISO. */
export const deadlineOf = (month: string, level: BranchLevel, d: DeadlineInput): string | null => {
  const day = deadlineDay(level, d)
  if (day === null) return null
  return new Date(`${nextMonth(month)}-${String(day).padStart(2, '0')}T23:59:59.999+08:00`).toISOString()
}

/** When the reminder goes out: `remindDaysBefore` days before the deadline, at the start of that day (Beijing). */
export const reminderFrom = (deadline: string, d: DeadlineInput): string => {
  const before = typeof d?.remindDaysBefore === 'number' ? d.remindDaysBefore : DEFAULT_DEADLINES.remindDaysBefore
  const day = new Date(new Date(deadline).getTime() - before * 86_400_000)
  const ymd = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: 'Asia/Shanghai', year: 'numeric' }).format(day)
  return new Date(`${ymd}T00:00:00+08:00`).toISOString()
}

export type ReturnProblem =
  | 'returnNotYours'
  | 'returnWrongState'
  | 'returnRecordsPending'
  | 'returnChildrenPending'
  | 'returnReasonRequired'
  | 'returnParentDecided'
  | 'returnNotExpected'
  | 'noActivityHasRecords'

export type Actor = { role: Role | null; branch: BranchId | null }
export type Node = { id: BranchId; level: BranchLevel; path?: string | null; parent?: BranchId | null }

/** The user's branch is the node or above it (they act for it). */
const actsFor = (a: Actor, n: Node) => a.branch !== null && (String(a.branch) === String(n.id) || ancestorIds(n.path).includes(String(a.branch)))
/** The user's branch is strictly above the node (they review it). */
const above = (a: Actor, n: Node) => a.branch !== null && ancestorIds(n.path).includes(String(a.branch))

/**
 * Whether the actor may take the step on the node's return at all (the
 * state's own conditions come after): the node's managers (or those above)
 * submit; the levels above accept, return, and mark a node without activity;
 * compliance accepts the top-level branches (whose parent is head office)
 * and may return any return; administrators may do anything.
 */
export const mayAct = (action: ReturnAction, a: Actor, n: Node, parentIsHeadOffice: boolean): boolean => {
  if (a.role === 'admin') return true
  if (action === 'submit') return a.role === 'manager' && actsFor(a, n)
  if (a.role === 'compliance') return action === 'return' || parentIsHeadOffice || n.parent === null || n.parent === undefined
  return a.role === 'manager' && above(a, n)
}

export type ReturnState = { status: ReturnStatus; noActivity?: boolean | null }

/** The status each step needs to start from, and leads to. */
export const RETURN_FLOW: Record<ReturnAction, { from: ReturnStatus[]; to: ReturnStatus }> = {
  accept: { from: ['submitted'], to: 'accepted' },
  'no-activity': { from: ['open', 'returned'], to: 'accepted' },
  return: { from: ['submitted', 'accepted'], to: 'returned' },
  submit: { from: ['open', 'returned'], to: 'submitted' },
}

export type TreeNode = Node & { active?: boolean | null; code: string; name: string; nameEn?: string | null }
export type ReturnFacts = { firstSubmittedAt?: string | null; noActivity?: boolean | null; stale?: boolean | null; status: ReturnStatus; submittedAt?: string | null }

export type TreeRow = {
  path: string
  /** Records of its own this month (any status). */
  hasRecords: boolean
  id: BranchId
  parent: BranchId | null
  depth: number
  code: string
  name: string
  nameEn: string | null
  level: BranchLevel
  expected: boolean
  status: ReturnStatus | null
  noActivity: boolean
  stale: boolean
  deadline: string | null
  submittedAt: string | null
  /** Reported by its deadline (null: not reported yet). */
  onTime: boolean | null
  /** Past the deadline and not reported, or reported after it. */
  late: boolean
  /** The node and everything below it. */
  subtree: { expected: number; reported: number; onTime: number; accepted: number }
  reportingRate: number | null
  onTimeRate: number | null
}

const REPORTED: ReadonlyArray<ReturnStatus> = ['submitted', 'accepted']

/**
 * The returns of a month as a tree, each node with its own state and its
 * subtree's counts and rates. `nodes`: the participating nodes (head office
 * excluded), in any order; `withRecords`: nodes with records of their own
 * this month. A node is expected to file when it has active nodes below it
 * (or has filed anyway). Linear in the nodes.
 */
export const returnTree = (
  nodes: ReadonlyArray<TreeNode>,
  withRecords: ReadonlySet<string>,
  returns: ReadonlyMap<string, ReturnFacts>,
  month: string,
  deadlines: DeadlineInput,
  now: Date,
): TreeRow[] => {
  const active = nodes.filter((n) => n.active !== false)
  const ids = new Set(active.map((n) => String(n.id)))
  const children = new Map<string, string[]>()
  for (const n of active) {
    const p = n.parent === null || n.parent === undefined ? null : String(n.parent)
    if (p !== null && ids.has(p)) children.set(p, [...(children.get(p) ?? []), String(n.id)])
  }
  const rows = new Map<string, TreeRow>()
  for (const n of active) {
    const id = String(n.id)
    const r = returns.get(id)
    const deadline = deadlineOf(month, n.level, deadlines)
    const expected = (children.get(id)?.length ?? 0) > 0 || (r !== undefined && r.status !== 'open')
    const reported = r !== undefined && REPORTED.includes(r.status)
    const submittedAt = reported ? (r.firstSubmittedAt ?? r.submittedAt ?? null) : null
    const onTime = submittedAt === null ? null : deadline === null || submittedAt <= deadline
    const late = expected && (onTime === false || (submittedAt === null && deadline !== null && now.toISOString() > deadline))
    const p = n.parent === null || n.parent === undefined ? null : String(n.parent)
    rows.set(id, {
      code: n.code,
      deadline,
      depth: 0,
      expected,
      hasRecords: withRecords.has(id),
      id: n.id,
      late,
      level: n.level,
      name: n.name,
      nameEn: n.nameEn ?? null,
      noActivity: r?.noActivity === true,
      onTime,
      onTimeRate: null,
      parent: p !== null && ids.has(p) ? n.parent! : null,
      path: n.path ?? '/',
      reportingRate: null,
      stale: r?.stale === true,
      status: r?.status ?? (expected ? 'open' : null),
      submittedAt,
      subtree: { accepted: 0, expected: 0, onTime: 0, reported: 0 },
    })
  }
  // depth from the roots down, then each node's own counts added to it and every ancestor inside the tree
  const order: string[] = []
  const roots = [...rows.values()].filter((r) => r.parent === null).map((r) => String(r.id))
  const stack: Array<[string, number]> = roots.map((id) => [id, 0])
  while (stack.length > 0) {
    const [id, depth] = stack.pop()!
    rows.get(id)!.depth = depth
    order.push(id)
    for (const c of (children.get(id) ?? []).slice().reverse()) stack.push([c, depth + 1])
  }
  for (const id of [...order].reverse()) {
    const row = rows.get(id)!
    const s = row.subtree
    if (row.expected) {
      s.expected++
      if (row.status && REPORTED.includes(row.status)) s.reported++
      if (row.onTime) s.onTime++
      if (row.status === 'accepted') s.accepted++
    }
    for (const c of children.get(id) ?? []) {
      const cs = rows.get(c)!.subtree
      s.expected += cs.expected
      s.reported += cs.reported
      s.onTime += cs.onTime
      s.accepted += cs.accepted
    }
    row.reportingRate = s.expected === 0 ? null : s.reported / s.expected
    row.onTimeRate = s.expected === 0 ? null : s.onTime / s.expected
  }
  // tree order: each node followed by its subtree, children by code
  for (const list of children.values()) list.sort((a, b) => rows.get(a)!.code.localeCompare(rows.get(b)!.code))
  const out: TreeRow[] = []
  const walk = (id: string) => {
    out.push(rows.get(id)!)
    for (const c of children.get(id) ?? []) walk(c)
  }
  for (const id of roots.sort((a, b) => rows.get(a)!.code.localeCompare(rows.get(b)!.code))) walk(id)
  return out
}

/** The child nodes that still hold up a node's submission or acceptance: expected, and neither accepted nor marked without activity. */
export const pendingChildren = (rows: ReadonlyArray<TreeRow>, nodeId: BranchId): TreeRow[] =>
  rows.filter((r) => r.parent !== null && String(r.parent) === String(nodeId) && r.expected && r.status !== 'accepted')

/** Timeliness per level over the rows (the report's table): expected, reported, on time, and the two rates. */
export const timelinessByLevel = (rows: ReadonlyArray<TreeRow>) => {
  const levels: BranchLevel[] = ['branch', 'sub-branch']
  return levels
    .map((level) => {
      const mine = rows.filter((r) => r.level === level && r.expected)
      const reported = mine.filter((r) => r.status === 'submitted' || r.status === 'accepted').length
      const onTime = mine.filter((r) => r.onTime === true).length
      return { expected: mine.length, level, onTime, onTimeRate: mine.length ? onTime / mine.length : null, reported, reportingRate: mine.length ? reported / mine.length : null }
    })
    .filter((l) => l.expected > 0)
}

/** The steps the actor may take on a node's return now (the tree's buttons); the server checks again when one is taken. */
export const availableReturnActions = (a: Actor, row: Pick<TreeRow, 'expected' | 'id' | 'level' | 'parent' | 'path' | 'status'>, subtreeRecords: number): ReturnAction[] =>
  RETURN_ACTIONS.filter((action) => {
    if (!row.expected) return false
    if (!RETURN_FLOW[action].from.includes(row.status ?? 'open')) return false
    if (action === 'no-activity' && subtreeRecords > 0) return false
    return mayAct(action, a, { id: row.id, level: row.level, parent: row.parent, path: row.path }, row.parent === null)
  })
