/**
 * What the audit log hears: hooks that append an entry when a record's status
 * changes, a month is locked or reopened, a user's role or branch changes,
 * someone signs in or fails to, or a report file is downloaded. Each runs in
 * the transaction of the change it records.
 */
import type { CollectionAfterChangeHook, CollectionAfterErrorHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'

import { relId } from '../access/branchScope'
import { activityStatusOptions, labelOf, roleOptions, type ActivityStatus, type Role } from '../domain/vocabulary'
import type { Activity, MonthLock, User } from '../payload-types'
import { audit } from './log'

/** Set by the bulk review, which writes one entry for the whole request instead of one per record. */
export const BULK_REVIEW_KEY = 'bulkReview'

export const auditStatusChange: CollectionAfterChangeHook<Activity> = async ({ doc, operation, previousDoc, req }) => {
  const from = operation === 'create' ? null : ((previousDoc?.status ?? 'draft') as ActivityStatus)
  const to = doc.status as ActivityStatus
  // the system's own writes (seed, imports: audited as one entry) and new drafts are no decisions
  if (!req.user || from === to || (from === null && to === 'draft') || req.context?.importOrigin || req.context?.[BULK_REVIEW_KEY]) return doc
  const label = (s: ActivityStatus | null) => (s ? labelOf(activityStatusOptions, s, 'zh') : '新建')
  await audit(req, {
    action: 'record-status',
    details: { branch: relId(doc.branch), from, reason: to === 'returned' ? (doc.returnReason ?? null) : null, to },
    summary: `${doc.title}：${label(from)} → ${label(to)}`,
    target: { collection: 'activities', id: doc.id },
  })
  return doc
}

export const auditMonthLock: CollectionAfterChangeHook<MonthLock> = async ({ doc, operation, previousDoc, req }) => {
  const branches = (doc.branches ?? []).map((b) => relId(b))
  const details = { branches, campaign: relId(doc.campaign), month: doc.month, reason: doc.reason ?? null }
  if (operation === 'create') {
    await audit(req, { action: 'month-locked', details, summary: `锁定 ${doc.month}${branches.length ? `（${branches.length} 个机构）` : '（全部机构）'}`, target: { collection: 'month-locks', id: doc.id } })
  } else if (previousDoc?.status === 'locked' && doc.status === 'reopened') {
    await audit(req, { action: 'month-reopened', details, summary: `解锁 ${doc.month}`, target: { collection: 'month-locks', id: doc.id } })
  }
  return doc
}

export const auditUserChange: CollectionAfterChangeHook<User> = async ({ doc, operation, previousDoc, req }) => {
  const before = operation === 'create' ? { branch: null, role: null } : { branch: relId(previousDoc?.branch), role: previousDoc?.role ?? null }
  const after = { branch: relId(doc.branch), role: doc.role }
  if (String(before.branch) === String(after.branch) && before.role === after.role) return doc
  const role = (r: string | null) => (r ? labelOf(roleOptions, r as Role, 'zh') : '—')
  await audit(req, {
    action: 'user-changed',
    details: { after, before, email: doc.email },
    summary: `${doc.name ?? doc.email}：${role(before.role)} → ${role(after.role)}${String(before.branch) !== String(after.branch) ? `，机构 ${before.branch ?? '—'} → ${after.branch ?? '—'}` : ''}`,
    target: { collection: 'users', id: doc.id },
  })
  return doc
}

export const auditSignIn: CollectionAfterLoginHook = async ({ req, user }) => {
  req.user = req.user ?? ({ ...user, collection: 'users' } as never)
  await audit(req, { action: 'login', summary: `${user.name ?? user.email} 登录`, target: { collection: 'users', id: user.id } })
  return user
}

/** A refused sign-in (wrong password or unknown account): the account tried and the address, never the password. */
export const auditFailedSignIn: CollectionAfterErrorHook = async ({ error, req }) => {
  const path = new URL(req.url ?? 'http://x/').pathname
  const status = (error as { status?: number }).status
  if (!path.endsWith('/users/login') || (status !== 401 && status !== 429)) return
  const tried = typeof req.data?.email === 'string' ? req.data.email.slice(0, 200) : ''
  try {
    await audit(req, {
      action: 'login-failed',
      actorName: tried,
      details: { email: tried, status },
      summary: `${tried || '—'} 登录失败${status === 429 ? '（尝试过多，已限制）' : ''}`,
    })
  } catch (e) {
    // the refusal still answers; the log says the entry could not be written
    req.payload.logger.error({ err: e, msg: 'audit: failed sign-in not recorded' })
  }
}

/** A report file read by someone: which file, by whom, from where (upload handler: returns nothing, the file is then served as usual). */
export const auditDownload = async (req: PayloadRequest, args: { doc?: unknown; params: { filename: string } }): Promise<void> => {
  if (!req.user) return
  const id = (args.doc as { id?: number | string } | undefined)?.id ?? null
  await audit(req, { action: 'report-downloaded', details: { filename: args.params.filename }, summary: `下载报告文件 ${args.params.filename}`, target: { collection: 'report-files', id } })
}
