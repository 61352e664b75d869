import { APIError, type PayloadRequest } from 'payload'

import { relId } from '../access/branchScope'
import { holdLock, monthLockName } from '../concurrency'
import { roleOf } from '../access/roles'
import { dayOf, monthOf } from '../domain/dates'
import type { BranchId } from '../domain/branchTree'
import { coveringLock } from '../domain/monthLock'
import { t } from '../i18n/messages'
import { branchById, closedLocks, once } from '../lookups'
import type { MonthLock } from '../payload-types'

export type Placement = { branch: unknown; campaign: unknown; date: string | Date | null | undefined }

/** The closed lock that covers a record placed here, or null. */
export const lockFor = async (req: PayloadRequest, p: Placement): Promise<MonthLock | null> => {
  const campaignId = relId(p.campaign)
  const branchId = relId(p.branch)
  if (campaignId === null || branchId === null || !p.date) return null
  // PostgreSQL with several instances: a lock being created waits for this save, or this save for it (src/concurrency.ts)
  await holdLock(req, monthLockName(campaignId, monthOf(p.date)), 'shared')
  const locks = await closedLocks(req, campaignId, monthOf(p.date))
  if (locks.length === 0) return null
  const branch = await branchById(req, branchId)
  return branch ? lockCovering(req, campaignId, monthOf(p.date), branch) : null
}

/** The closed lock of a campaign's month that covers this branch (its path already known), or null. */
export const lockCovering = async (req: PayloadRequest, campaignId: BranchId, month: string, branch: { id: BranchId; path?: string | null }): Promise<MonthLock | null> => {
  const locks = await closedLocks(req, campaignId, month)
  return coveringLock(
    locks.map((l) => ({ ...l, branches: (l.branches ?? []).map((b) => relId(b) ?? '') })),
    branch,
  ) as MonthLock | null
}

const lockerName = (req: PayloadRequest, lock: MonthLock): Promise<string> =>
  once(req, `user-name:${relId(lock.lockedBy)}`, async () => {
    const id = relId(lock.lockedBy)
    if (id === null) return '—'
    const u = await req.payload.findByID({ collection: 'users', depth: 0, disableErrors: true, id, overrideAccess: true, req })
    return u?.name || u?.email || '—'
  })

/** The refusal message for a record in a closed month, in the request's language. */
export const lockMessage = async (req: PayloadRequest, lock: MonthLock): Promise<string> =>
  t(req, 'monthLocked', {
    at: lock.lockedAt ? dayOf(lock.lockedAt) : '—',
    by: await lockerName(req, lock),
    month: lock.month,
    reason: lock.reason ? `: ${lock.reason}` : '',
  })

/** Administrators may correct a closed month; everyone else is refused (423 Locked) with the reason. */
export const assertNotLocked = async (req: PayloadRequest, ...places: Placement[]): Promise<void> => {
  if (roleOf(req.user) === 'admin' || req.context?.workflowSystem === true) return
  for (const p of places) {
    const lock = await lockFor(req, p)
    if (lock) throw new APIError(await lockMessage(req, lock), 423, { lock: lock.id, month: lock.month }, true)
  }
}
