import type { CollectionConfig, Field } from 'payload'

import { userBranchId } from '../../src/access/branchScope'
import {
  activityStatusOptions,
  activityTypeOptions,
  audienceOptions,
  channelOptions,
  fraudTypeOptions,
} from '../../src/domain/vocabulary'
import { countField, moneyField, selectField, withUpdateAccess } from '../../src/fields/builders'
import { flagOptions } from '../../src/domain/workflow'
import { fieldHasRole } from '../../src/access/roles'
import { importEndpoints } from '../../src/import/endpoints'
import { actionEndpoints } from '../../src/workflow/actions'
import { workflowEndpoints } from '../../src/workflow/endpoints'
import { reviewEndpoint } from '../../src/workflow/review'
import {
  createActivities,
  deleteActivities,
  notCompliance,
  readActivities,
  readActivityVersions,
  updateActivities,
} from './access'
import { auditStatusChange } from '../../src/audit/hooks'
import { applyWorkflow } from './hooks/applyWorkflow'
import { detectDuplicatePhotos, releaseDuplicatePhotos } from './hooks/detectDuplicatePhotos'
import { enforceBranchScope } from './hooks/enforceBranchScope'
import { refuseChangesInClosedMonth, refuseDeleteInClosedMonth } from './hooks/enforceMonthLock'
import { flagForReview } from './hooks/flagForReview'
import { markReportsStaleAfterChange, markReportsStaleAfterDelete } from './hooks/markReportsStale'
import { deferRollupsInBulk, recomputeDeferredRollups, recomputeRollupsAfterChange, recomputeRollupsAfterDelete } from './hooks/keepRollups'
import { notifyWhenReturned } from './hooks/notifyWhenReturned'
import { checkEvidence, protectApproved, refuseDeletingApproved } from './hooks/protectEvidence'
import { setImportKey } from './hooks/setImportKey'
import { stampCreator, stampFiguresEditor } from './hooks/stampCreator'
import type { Activity } from '../../src/payload-types'
import { isReadOf, markReadOfOne, visibleDuplicates } from '../../src/workflow/duplicatePhotos'
import { validateDateInCampaign } from './validateDateInCampaign'
import { runningCampaignId } from './runningCampaign'

/** Marking a record as a report highlight is head office's call. */
const fieldHeadOffice = fieldHasRole('admin', 'compliance')
const fieldAdmin = fieldHasRole('admin')

const fields: Field[] = [
  {
    // status, the return's reason and the buttons of the workflow, at the top where a phone shows them first
    name: 'workflowActions',
    admin: { components: { Field: '/src/admin/WorkflowActions#RecordActions' } },
    type: 'ui',
  },
  {
    fields: [
      {
        name: 'campaign',
        defaultValue: runningCampaignId,
        index: true,
        label: { en: 'Campaign', zh: '所属宣传活动' },
        relationTo: 'campaigns',
        required: true,
        type: 'relationship',
      },
      {
        name: 'branch',
        defaultValue: ({ user }: { user?: unknown }) => userBranchId((user ?? null) as never) ?? undefined,
        index: true,
        label: { en: 'Branch / outlet', zh: '机构/网点' },
        relationTo: 'branches',
        required: true,
        type: 'relationship',
      },
    ],
    type: 'row',
  },
  {
    fields: [
      {
        name: 'date',
        admin: { components: { Field: '/src/admin/CampaignDateField#CampaignDateField' }, date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
        index: true,
        label: { en: 'Date', zh: '活动日期' },
        required: true,
        type: 'date',
        validate: validateDateInCampaign,
      },
      selectField('type', { en: 'Activity type', zh: '活动类型' }, activityTypeOptions, { index: true, required: true }),
    ],
    type: 'row',
  },
  { name: 'title', label: { en: 'Title', zh: '活动主题' }, required: true, type: 'text' },
  { name: 'location', label: { en: 'Location', zh: '活动地点' }, type: 'text' },
  { name: 'description', label: { en: 'Description', zh: '活动情况' }, type: 'richText' },
  {
    name: 'leaflets',
    fields: [
      {
        fields: [
          {
            name: 'material',
            label: { en: 'Material', zh: '宣传物料' },
            relationTo: 'materials',
            required: true,
            type: 'relationship',
          },
          countField('quantity', { en: 'Quantity', zh: '发放数量（份）' }, { required: true }),
        ],
        type: 'row',
      },
    ],
    label: { en: 'Leaflets handed out', zh: '宣传资料发放' },
    labels: { plural: { en: 'Leaflet rows', zh: '发放记录' }, singular: { en: 'Leaflet row', zh: '发放记录' } },
    type: 'array',
  },
  {
    name: 'reach',
    fields: [
      {
        fields: [
          selectField('audience', { en: 'Audience', zh: '受众' }, audienceOptions, { required: true }),
          selectField('channel', { en: 'Channel', zh: '渠道' }, channelOptions, { defaultValue: 'offline', required: true }),
          countField('count', { en: 'People reached', zh: '覆盖人次' }, { required: true }),
        ],
        type: 'row',
      },
    ],
    label: { en: 'People reached', zh: '宣传覆盖人群' },
    labels: { plural: { en: 'Reach rows', zh: '覆盖记录' }, singular: { en: 'Reach row', zh: '覆盖记录' } },
    type: 'array',
  },
  {
    name: 'interception',
    fields: [
      {
        fields: [
          countField('transactionsStopped', { en: 'Fraudulent transactions stopped', zh: '成功堵截（笔）' }),
          moneyField('lossesAvoided', { en: 'Losses avoided (CNY)', zh: '避免损失（元）' }),
          countField('suspectsCaught', { en: 'Suspects caught with police', zh: '协助抓获嫌疑人（名）' }),
        ],
        type: 'row',
      },
    ],
    label: { en: 'Interceptions', zh: '堵截劝阻' },
    type: 'group',
  },
  selectField('fraudTypes', { en: 'Fraud types addressed', zh: '宣传涉及诈骗类型' }, fraudTypeOptions, { hasMany: true }),
  {
    name: 'photos',
    hasMany: true,
    label: { en: 'Photos (evidence)', zh: '活动照片（佐证）' },
    relationTo: 'media',
    type: 'upload',
  },
  {
    name: 'link',
    admin: { description: { en: 'For online activities: the post or video address.', zh: '线上活动填写推文或视频链接。' } },
    label: { en: 'Link', zh: '链接' },
    type: 'text',
  },
  {
    name: 'externalId',
    admin: { description: { en: 'Id from the branch\'s own log or spreadsheet; keeps re-imports from duplicating.', zh: '网点台账或表格中的编号，重复导入时据此去重。' }, position: 'sidebar' },
    index: true,
    label: { en: 'External id', zh: '外部编号' },
    type: 'text',
  },
  selectField('status', { en: 'Status', zh: '状态' }, activityStatusOptions, {
    admin: {
      // changed by the workflow's buttons (and over REST), never picked by hand
      readOnly: true,
      description: {
        en: 'Draft → Submitted (by the branch) → Approved or Returned (by head office). Only approved records count in reports.',
        zh: '草稿 → 已提交（网点提交）→ 已审核或已退回（总行审核）。只有已审核记录计入报告。',
      },
      position: 'sidebar',
    },
    defaultValue: 'draft',
    index: true,
    // Not `required` in the schema so callers may leave it to the default; applyWorkflow checks every change.
  }),
  {
    name: 'returnReason',
    admin: {
      condition: (data) => data?.status === 'returned' || Boolean(data?.returnReason),
      position: 'sidebar',
      readOnly: true,
    },
    label: { en: 'Reason for return', zh: '退回原因' },
    type: 'textarea',
  },
  {
    // not stored: the reason an administrator gives for correcting an approved record, kept in its history
    name: 'correctionReason',
    access: { create: () => false, update: fieldAdmin },
    admin: {
      condition: (data, _sibling, { user }) => data?.status === 'approved' && (user as { role?: string } | null)?.role === 'admin',
      description: { en: 'Required when an administrator changes an approved record.', zh: '管理员修改已审核记录时必填，将记入流转记录。' },
      position: 'sidebar',
    },
    label: { en: 'Reason for the correction', zh: '更正原因' },
    type: 'text',
    virtual: true,
  },
  {
    name: 'highlight',
    admin: {
      description: { en: 'Head office marks notable records; the monthly report lists them as highlights.', zh: '总行可将典型记录标为亮点，月度报告的“亮点”部分将列出。' },
      position: 'sidebar',
    },
    access: { create: fieldHeadOffice, update: fieldHeadOffice },
    defaultValue: false,
    label: { en: 'Highlight for the report', zh: '报告亮点' },
    type: 'checkbox',
  },
  {
    name: 'flags',
    access: { create: () => false, update: () => false },
    admin: {
      description: { en: 'Set by the review rules; compliance checks flagged records.', zh: '由审核规则自动标记，供合规人员复核。' },
      position: 'sidebar',
      readOnly: true,
    },
    hasMany: true,
    index: true,
    label: { en: 'Review flags', zh: '复核标记' },
    options: flagOptions.map((o) => ({ label: o.label, value: o.value })),
    type: 'select',
  },
  {
    // not stored: looked up when one record is read, so a photo shared by a thousand records costs nothing on save
    name: 'duplicateOf',
    access: { create: () => false, update: () => false },
    admin: {
      condition: (data) => Array.isArray(data?.duplicateOf) && data.duplicateOf.length > 0,
      description: {
        en: 'Records with the same or a near-identical photo (those you may see; at most 20).',
        zh: '使用了相同或几乎相同照片的其他记录（仅列出您有权查看的，最多20条）。',
      },
      position: 'sidebar',
      readOnly: true,
    },
    hasMany: true,
    hooks: { afterRead: [({ req, siblingData }) => (isReadOf(req, siblingData) ? visibleDuplicates(req, siblingData as Activity) : undefined)] },
    label: { en: 'Same photo as', zh: '照片重复记录' },
    maxDepth: 0,
    relationTo: 'activities',
    type: 'relationship',
    virtual: true,
  },
  {
    name: 'flaggedAt',
    access: { create: () => false, update: () => false },
    admin: { disableListColumn: true, disableListFilter: true, hidden: true },
    index: true,
    type: 'date',
  },
  {
    name: 'history',
    access: { create: () => false, update: () => false },
    admin: { initCollapsed: true, readOnly: true },
    fields: [
      {
        fields: [
          selectField('from', { en: 'From', zh: '原状态' }, activityStatusOptions),
          selectField('to', { en: 'To', zh: '新状态' }, activityStatusOptions, { required: true }),
          { name: 'by', label: { en: 'By', zh: '操作人' }, maxDepth: 0, relationTo: 'users', type: 'relationship' },
          { name: 'at', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: { en: 'At', zh: '时间' }, required: true, type: 'date' },
        ],
        type: 'row',
      },
      { name: 'reason', label: { en: 'Reason', zh: '原因' }, type: 'text' },
    ],
    label: { en: 'Status history', zh: '流转记录' },
    labels: { plural: { en: 'Status changes', zh: '流转记录' }, singular: { en: 'Status change', zh: '流转记录' } },
    type: 'array',
  },
  {
    name: 'importKey',
    access: { create: () => false, update: () => false },
    admin: { disableListColumn: true, disableListFilter: true, hidden: true },
    index: true,
    type: 'text',
  },
  {
    name: 'importBatch',
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    label: { en: 'Imported from', zh: '导入批次' },
    maxDepth: 0,
    relationTo: 'import-batches',
    type: 'relationship',
  },
  {
    name: 'importRow',
    access: { create: () => false, update: () => false },
    admin: { condition: (data) => Boolean(data?.importBatch), position: 'sidebar', readOnly: true },
    label: { en: 'Spreadsheet row', zh: '表格行号' },
    type: 'number',
  },
  {
    name: 'createdBy',
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    label: { en: 'Filed by', zh: '登记人' },
    relationTo: 'users',
    type: 'relationship',
  },
  {
    // separation of duties: whoever last changed the figures does not approve them (src/workflow/reviewers.ts)
    name: 'figuresBy',
    access: { create: () => false, update: () => false },
    // internal: read by the review rules (showHiddenFields), not carried in every list row
    hidden: true,
    label: { en: 'Figures last changed by', zh: '数据最近修改人' },
    maxDepth: 0,
    relationTo: 'users',
    type: 'relationship',
  },
]

export const Activities: CollectionConfig = {
  slug: 'activities',
  defaultPopulate: { branch: true, date: true, status: true, title: true, type: true },
  access: {
    create: createActivities,
    delete: deleteActivities,
    read: readActivities,
    readVersions: readActivityVersions,
    update: updateActivities,
  },
  admin: {
    components: { beforeListTable: ['/src/admin/WorkflowLinks#WorkflowListLinks', '/src/admin/WorkflowActions#BulkActions'] },
    // title, date and status first: what a phone shows without scrolling
    defaultColumns: ['title', 'date', 'status', 'type', 'branch', 'flags'],
    group: { en: 'Campaigns', zh: '宣传活动' },
    listSearchableFields: ['title', 'location', 'externalId'],
    useAsTitle: 'title',
  },
  defaultSort: '-date',
  endpoints: [...importEndpoints, ...workflowEndpoints, ...actionEndpoints, reviewEndpoint],
  fields: withUpdateAccess(fields, notCompliance, ['status', 'returnReason', 'highlight']),
  hooks: {
    afterChange: [detectDuplicatePhotos, notifyWhenReturned, recomputeRollupsAfterChange, markReportsStaleAfterChange, auditStatusChange],
    afterDelete: [releaseDuplicatePhotos, recomputeRollupsAfterDelete, markReportsStaleAfterDelete],
    afterOperation: [recomputeDeferredRollups],
    beforeChange: [stampCreator, stampFiguresEditor, enforceBranchScope, refuseChangesInClosedMonth, checkEvidence, applyWorkflow, protectApproved, flagForReview, setImportKey],
    beforeDelete: [refuseDeleteInClosedMonth, refuseDeletingApproved],
    beforeOperation: [deferRollupsInBulk, markReadOfOne],
  },
  // the workflow's actions re-read the record, so a lock would only block a reviewer behind someone who looked
  lockDocuments: false,
  labels: { plural: { en: 'Activities', zh: '活动记录' }, singular: { en: 'Activity', zh: '活动记录' } },
  versions: { maxPerDoc: 50 },
}
