import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'

import { hasRole, nobody } from '../src/access/roles'
import { APPEND_KEY } from '../src/audit/log'
import { auditExportEndpoint } from '../src/audit/export'
import { AUDIT_CHAIN_LOCK, holdLock } from '../src/concurrency'
import { entryHash, GENESIS, normalise } from '../src/domain/auditChain'
import { auditActionOptions } from '../src/domain/vocabulary'
import { JSON_VIEW, selectField } from '../src/fields/builders'
import { t } from '../src/i18n/messages'
import type { AuditLog as Entry } from '../src/payload-types'

/**
 * Nothing changes or removes an entry, whoever asks and through whichever API
 * (REST, GraphQL, the Local API with overrideAccess): only the product appends.
 */
const appendOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const writes = ['create', 'update', 'updateByID', 'delete', 'deleteByID', 'restoreVersion']
  if (!writes.includes(operation) || (operation === 'create' && req.context?.[APPEND_KEY] === true)) return args
  throw new APIError(t(req, 'auditAppendOnly'), 403, undefined, true)
}

/**
 * Numbers the entry and chains it to the one before, inside the writer's
 * transaction. Appends take turns: on SQLite every write transaction does
 * (src/writeLock.ts); on PostgreSQL, across instances, a lock held until the
 * transaction ends (taken just before it commits: src/audit/log.ts), so the
 * entry read as the last one is still the last one when this one commits.
 */
const chain: CollectionBeforeChangeHook<Entry> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  await holdLock(req, AUDIT_CHAIN_LOCK)
  const last = (
    await req.payload.find({ collection: 'audit-log', depth: 0, limit: 1, overrideAccess: true, pagination: false, req, select: { hash: true, seq: true }, sort: '-seq' })
  ).docs[0]
  const seq = (last?.seq ?? 0) + 1
  const prevHash = last?.hash ?? GENESIS
  const at = new Date().toISOString()
  const fields = normalise({ ...data, at, seq })
  return { ...data, at, hash: entryHash(prevHash, fields), prevHash, seq }
}

const readOnly = { readOnly: true } as const

export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  access: { create: nobody, delete: nobody, read: hasRole('admin', 'compliance'), update: nobody },
  admin: {
    components: { beforeListTable: ['/src/admin/AuditExport#AuditExport'] },
    defaultColumns: ['at', 'action', 'actorName', 'summary', 'ip'],
    description: {
      en: 'Every decision, lock, report, sign-in and import, appended and chained by hash; nobody can change or delete an entry. npm run audit:verify checks the chain.',
      zh: '审核决定、月份锁定、报告、登录与导入等操作均按时间追加并以哈希链接，任何人都不能修改或删除；可运行 npm run audit:verify 校验。',
    },
    group: { en: 'Review', zh: '审核管理' },
    useAsTitle: 'summary',
  },
  defaultSort: '-seq',
  endpoints: [auditExportEndpoint],
  fields: [
    { name: 'seq', admin: readOnly, index: true, label: { en: 'No.', zh: '序号' }, required: true, type: 'number', unique: true },
    { name: 'at', admin: { ...readOnly, date: { displayFormat: 'yyyy-MM-dd HH:mm:ss', pickerAppearance: 'dayAndTime' } }, index: true, label: { en: 'When', zh: '时间' }, required: true, type: 'date' },
    selectField('action', { en: 'Action', zh: '操作' }, auditActionOptions, { admin: readOnly, index: true, required: true }),
    { name: 'actor', admin: readOnly, index: true, label: { en: 'By', zh: '操作人' }, relationTo: 'users', type: 'relationship' },
    { name: 'actorName', admin: readOnly, label: { en: 'By (name)', zh: '操作人姓名' }, type: 'text' },
    { name: 'role', admin: readOnly, label: { en: 'Role', zh: '角色' }, type: 'text' },
    { name: 'summary', admin: readOnly, label: { en: 'What', zh: '内容' }, required: true, type: 'text' },
    { name: 'targetCollection', admin: readOnly, index: true, label: { en: 'Collection', zh: '对象类型' }, type: 'text' },
    { name: 'targetId', admin: readOnly, index: true, label: { en: 'Record id', zh: '对象编号' }, type: 'text' },
    { name: 'ip', admin: readOnly, label: { en: 'From address', zh: '来源地址' }, type: 'text' },
    { name: 'details', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'Details', zh: '详情' }, type: 'json' },
    { name: 'prevHash', admin: { ...readOnly, disableListColumn: true, disableListFilter: true }, label: { en: 'Previous hash', zh: '上一条哈希' }, required: true, type: 'text' },
    { name: 'hash', admin: { ...readOnly, disableListColumn: true, disableListFilter: true }, label: { en: 'Hash', zh: '哈希' }, required: true, type: 'text' },
  ],
  hooks: { beforeChange: [chain], beforeOperation: [appendOnly] },
  labels: { plural: { en: 'Audit log', zh: '审计日志' }, singular: { en: 'Audit entry', zh: '审计记录' } },
  // entries are never edited, so no one holds a lock on them
  lockDocuments: false,
}
