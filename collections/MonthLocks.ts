import { APIError, type CollectionBeforeChangeHook, type CollectionConfig, type TextFieldSingleValidation } from 'payload'

import { relId } from '../src/access/branchScope'
import { auditMonthLock } from '../src/audit/hooks'
import { holdLock, monthLockName } from '../src/concurrency'
import { hasRole, isSignedIn, nobody } from '../src/access/roles'
import { dayOf } from '../src/domain/dates'
import { MONTH_PATTERN } from '../src/domain/monthLock'
import { t } from '../src/i18n/messages'
import type { MonthLock } from '../src/payload-types'

const headOffice = hasRole('admin', 'compliance')
/** Set by the hook below, never by a request. */
const stampOnly = { create: () => false, update: () => false }

const monthInCampaign: TextFieldSingleValidation = async (value, { data, req }) => {
  if (typeof value !== 'string' || !MONTH_PATTERN.test(value)) return t(req, 'monthFormat')
  const campaignId = relId((data as { campaign?: unknown }).campaign)
  if (campaignId === null) return true
  const c = await req.payload.findByID({ collection: 'campaigns', depth: 0, disableErrors: true, id: campaignId, overrideAccess: true, req })
  if (!c) return t(req, 'campaignNotFound')
  const [start, end] = [dayOf(c.startDate), dayOf(c.endDate)]
  return value >= start.slice(0, 7) && value <= end.slice(0, 7) ? true : t(req, 'monthOutsideCampaign', { end, month: value, start })
}

/**
 * Locking is recorded, not edited: a lock is created closed, and the only
 * change afterwards is reopening it (who and when are stamped). A second
 * closed lock for the same campaign, month and branches is refused.
 */
const recordLockAndReopen: CollectionBeforeChangeHook<MonthLock> = async ({ data, operation, originalDoc, req }) => {
  const now = new Date().toISOString()
  if (operation === 'create') {
    data.status = 'locked'
    data.lockedBy = req.user?.id ?? null
    data.lockedAt = now
    data.reopenedBy = null
    data.reopenedAt = null
    const branches = (data.branches ?? []).map((b) => String(relId(b))).sort()
    // saves in this month that already checked it is open commit first; later ones see this lock (src/concurrency.ts)
    const campaign = relId(data.campaign)
    // no campaign or month: the fields' own validation (after this hook) answers that, in words
    if (campaign === null || campaign === undefined || typeof data.month !== 'string' || !data.month) return data
    await holdLock(req, monthLockName(campaign, data.month), 'exclusive')
    const same = await req.payload.find({
      collection: 'month-locks',
      depth: 0,
      limit: 100,
      overrideAccess: true,
      req,
      where: { and: [{ campaign: { equals: relId(data.campaign) } }, { month: { equals: data.month } }, { status: { equals: 'locked' } }] },
    })
    const clash = same.docs.find((d) => {
      const other = (d.branches ?? []).map((b) => String(relId(b))).sort()
      return other.length === 0 || (branches.length > 0 && branches.every((b) => other.includes(b)))
    })
    if (clash) {
      throw new APIError(t(req, 'lockExists', { what: (clash.branches ?? []).length === 0 ? t(req, 'allBranches') : String(clash.id) }), 409, undefined, true)
    }
    return data
  }
  if (!originalDoc) return data
  const before = [String(relId(originalDoc.campaign)), originalDoc.month, (originalDoc.branches ?? []).map((b) => String(relId(b))).sort().join()]
  const after = [
    String(relId(data.campaign ?? originalDoc.campaign)),
    data.month ?? originalDoc.month,
    (data.branches ?? originalDoc.branches ?? []).map((b) => String(relId(b))).sort().join(),
  ]
  if (before.join('|') !== after.join('|') || (originalDoc.status === 'reopened' && data.status === 'locked')) {
    throw new APIError(t(req, 'reopenOnly'), 400, undefined, true)
  }
  if (originalDoc.status === 'locked' && data.status === 'reopened') {
    data.reopenedBy = req.user?.id ?? null
    data.reopenedAt = now
  }
  return data
}

export const MonthLocks: CollectionConfig = {
  slug: 'month-locks',
  // Everyone signed in reads locks: a refused edit names the lock, and branches plan around them.
  access: { create: headOffice, delete: nobody, read: isSignedIn, readVersions: isSignedIn, update: headOffice },
  admin: {
    defaultColumns: ['month', 'campaign', 'branches', 'status', 'lockedAt'],
    description: {
      en: 'Close a month for a campaign: records dated in it can then no longer be created, changed, deleted or imported (except by an administrator). Reopen by setting the status to Reopened.',
      zh: '锁定某宣传活动的月份后，该月的记录不能再新增、修改、删除或导入（系统管理员除外）。将状态改为“已解锁”即可解锁，锁定与解锁均留痕。',
    },
    group: { en: 'Review', zh: '审核管理' },
    useAsTitle: 'month',
  },
  defaultSort: '-lockedAt',
  fields: [
    {
      fields: [
        { name: 'campaign', index: true, label: { en: 'Campaign', zh: '宣传活动' }, relationTo: 'campaigns', required: true, type: 'relationship' },
        {
          name: 'month',
          admin: { placeholder: '2026-10' },
          index: true,
          label: { en: 'Month (YYYY-MM)', zh: '月份（YYYY-MM）' },
          required: true,
          type: 'text',
          validate: monthInCampaign,
        },
      ],
      type: 'row',
    },
    {
      name: 'branches',
      admin: { description: { en: 'Leave empty to close the month for every branch. A branch includes everything under it.', zh: '留空表示对全部机构锁定；选择某机构即包括其全部下级机构。' } },
      hasMany: true,
      label: { en: 'Branches', zh: '锁定机构' },
      relationTo: 'branches',
      type: 'relationship',
    },
    { name: 'reason', label: { en: 'Note', zh: '说明' }, type: 'textarea' },
    {
      name: 'status',
      admin: { position: 'sidebar' },
      defaultValue: 'locked',
      index: true,
      label: { en: 'Status', zh: '状态' },
      options: [
        { label: { en: 'Closed', zh: '已锁定' }, value: 'locked' },
        { label: { en: 'Reopened', zh: '已解锁' }, value: 'reopened' },
      ],
      // set by the hook: created locked, later only reopened
      type: 'select',
    },
    { name: 'lockedBy', access: stampOnly, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Closed by', zh: '锁定人' }, relationTo: 'users', type: 'relationship' },
    { name: 'lockedAt', access: stampOnly, admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true }, index: true, label: { en: 'Closed at', zh: '锁定时间' }, type: 'date' },
    { name: 'reopenedBy', access: stampOnly, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Reopened by', zh: '解锁人' }, relationTo: 'users', type: 'relationship' },
    { name: 'reopenedAt', access: stampOnly, admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar', readOnly: true }, label: { en: 'Reopened at', zh: '解锁时间' }, type: 'date' },
  ],
  hooks: { afterChange: [auditMonthLock], beforeChange: [recordLockAndReopen] },
  labels: { plural: { en: 'Month locks', zh: '月份锁定' }, singular: { en: 'Month lock', zh: '月份锁定' } },
  versions: { maxPerDoc: 20 },
}
