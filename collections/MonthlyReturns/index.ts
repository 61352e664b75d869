import type { Access, CollectionConfig } from 'payload'

import { readableBranchIds } from '../../src/access/branchScope'
import { nobody, roleOf } from '../../src/access/roles'
import { scopeTo } from '../../src/access/scopeTo'
import { returnStatusOptions } from '../../src/domain/returns'
import { JSON_VIEW, selectField } from '../../src/fields/builders'
import { returnEndpoints } from '../../src/returns/endpoints'

/** Head office reads every return; branch people those of their subtree. */
const readReturns: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'compliance') return true
  if (role === 'manager' || role === 'staff') return scopeTo('branch', await readableBranchIds(req))
  return false
}

const stamp = { readOnly: true } as const

/**
 * A node's monthly return (月度报送): its subtree's month, signed off level by
 * level. Changed only through its steps (POST /api/monthly-returns/act:
 * submit, accept, return, no-activity), each checked, stamped, kept in the
 * history and the audit log.
 */
export const MonthlyReturns: CollectionConfig = {
  slug: 'monthly-returns',
  access: { create: nobody, delete: nobody, read: readReturns, update: nobody },
  admin: {
    components: { beforeListTable: ['/src/admin/ReturnsLink#ReturnsLink'] },
    defaultColumns: ['branch', 'month', 'status', 'submittedAt', 'stale'],
    group: { en: 'Review', zh: '审核管理' },
    useAsTitle: 'key',
  },
  defaultSort: '-submittedAt',
  endpoints: returnEndpoints,
  fields: [
    { name: 'key', admin: { ...stamp, disableListColumn: true, disableListFilter: true, hidden: true }, index: true, label: { en: 'Key', zh: '键' }, required: true, type: 'text', unique: true },
    { name: 'campaign', admin: stamp, index: true, label: { en: 'Campaign', zh: '宣传活动' }, relationTo: 'campaigns', required: true, type: 'relationship' },
    { name: 'branch', admin: stamp, index: true, label: { en: 'Branch', zh: '机构' }, relationTo: 'branches', required: true, type: 'relationship' },
    { name: 'month', admin: stamp, index: true, label: { en: 'Month', zh: '月份' }, required: true, type: 'text' },
    selectField('status', { en: 'Status', zh: '状态' }, returnStatusOptions, { admin: { ...stamp, position: 'sidebar' }, defaultValue: 'open', index: true, required: true }),
    { name: 'noActivity', admin: { ...stamp, position: 'sidebar' }, label: { en: 'No activity this month', zh: '本月无活动' }, type: 'checkbox' },
    { name: 'stale', admin: { ...stamp, position: 'sidebar' }, defaultValue: false, index: true, label: { en: 'Changed since signed off', zh: '报送后数据有变动' }, type: 'checkbox' },
    { name: 'narrative', admin: stamp, label: { en: 'Narrative (highlights, typical cases, problems, next steps)', zh: '工作情况（亮点、典型案例、存在问题、下一步工作）' }, type: 'textarea' },
    { name: 'returnReason', admin: stamp, label: { en: 'Reason returned', zh: '退回原因' }, type: 'textarea' },
    { name: 'snapshot', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'Figures as submitted', zh: '报送时数据' }, type: 'json' },
    { name: 'fingerprint', admin: { ...stamp, disableListColumn: true, disableListFilter: true }, label: { en: 'Fingerprint of the figures', zh: '数据指纹' }, type: 'text' },
    { name: 'firstSubmittedAt', admin: { ...stamp, position: 'sidebar' }, label: { en: 'First submitted', zh: '首次报送时间' }, type: 'date' },
    { name: 'submittedAt', admin: { ...stamp, position: 'sidebar' }, index: true, label: { en: 'Submitted', zh: '报送时间' }, type: 'date' },
    { name: 'submittedBy', admin: { ...stamp, position: 'sidebar' }, label: { en: 'Submitted by', zh: '报送人' }, relationTo: 'users', type: 'relationship' },
    { name: 'decidedAt', admin: { ...stamp, position: 'sidebar' }, label: { en: 'Decided', zh: '审核时间' }, type: 'date' },
    { name: 'decidedBy', admin: { ...stamp, position: 'sidebar' }, label: { en: 'Decided by', zh: '审核人' }, relationTo: 'users', type: 'relationship' },
    {
      name: 'history',
      admin: { readOnly: true },
      fields: [
        { name: 'at', label: { en: 'When', zh: '时间' }, required: true, type: 'date' },
        { name: 'by', label: { en: 'By', zh: '操作人' }, relationTo: 'users', type: 'relationship' },
        { name: 'action', label: { en: 'Step', zh: '操作' }, required: true, type: 'text' },
        { name: 'note', label: { en: 'Note', zh: '说明' }, type: 'textarea' },
      ],
      label: { en: 'History', zh: '流转记录' },
      type: 'array',
    },
  ],
  labels: { plural: { en: 'Monthly returns', zh: '月度报送' }, singular: { en: 'Monthly return', zh: '月度报送' } },
  lockDocuments: false,
}
