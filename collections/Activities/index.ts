import type { CollectionConfig, Field, SelectFieldSingleValidation } from 'payload'

import { userBranchId } from '../../src/access/branchScope'
import { roleOf } from '../../src/access/roles'
import {
  activityStatusOptions,
  activityTypeOptions,
  audienceOptions,
  channelOptions,
  fraudTypeOptions,
} from '../../src/domain/vocabulary'
import { countField, moneyField, selectField, withUpdateAccess } from '../../src/fields/builders'
import { t } from '../../src/i18n/messages'
import {
  createActivities,
  deleteActivities,
  notCompliance,
  readActivities,
  readActivityVersions,
  updateActivities,
} from './access'
import { enforceBranchScope } from './hooks/enforceBranchScope'
import { stampCreator } from './hooks/stampCreator'
import { validateDateInCampaign } from './validateDateInCampaign'

/** Approving and returning are head office's decisions (the full workflow builds on this). */
const reviewStatusHeadOfficeOnly: SelectFieldSingleValidation = (value, { previousValue, req }) => {
  if (value === null || value === undefined) return req.t('validation:required')
  const role = roleOf(req.user)
  const review = value === 'approved' || value === 'returned'
  if (review && value !== previousValue && (role === 'manager' || role === 'staff')) {
    return t(req, 'reviewStatusHeadOfficeOnly')
  }
  return true
}

const fields: Field[] = [
  {
    fields: [
      {
        name: 'campaign',
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
        admin: { date: { displayFormat: 'yyyy-MM-dd', pickerAppearance: 'dayOnly' } },
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
    admin: { description: { en: 'Id from the branch’s own log or spreadsheet; keeps re-imports from duplicating.', zh: '网点台账或表格中的编号，重复导入时据此去重。' }, position: 'sidebar' },
    index: true,
    label: { en: 'External id', zh: '外部编号' },
    type: 'text',
  },
  selectField('status', { en: 'Status', zh: '状态' }, activityStatusOptions, {
    admin: { position: 'sidebar' },
    defaultValue: 'draft',
    index: true,
    // Not `required` in the schema so callers may leave it to the default; the validator insists on a value.
    validate: reviewStatusHeadOfficeOnly,
  }),
  {
    name: 'createdBy',
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    label: { en: 'Filed by', zh: '登记人' },
    relationTo: 'users',
    type: 'relationship',
  },
]

export const Activities: CollectionConfig = {
  slug: 'activities',
  access: {
    create: createActivities,
    delete: deleteActivities,
    read: readActivities,
    readVersions: readActivityVersions,
    update: updateActivities,
  },
  admin: {
    defaultColumns: ['title', 'date', 'type', 'branch', 'status'],
    group: { en: 'Campaigns', zh: '宣传活动' },
    listSearchableFields: ['title', 'location', 'externalId'],
    useAsTitle: 'title',
  },
  defaultSort: '-date',
  fields: withUpdateAccess(fields, notCompliance, ['status']),
  hooks: { beforeChange: [stampCreator, enforceBranchScope] },
  labels: { plural: { en: 'Activities', zh: '活动记录' }, singular: { en: 'Activity', zh: '活动记录' } },
  versions: { maxPerDoc: 50 },
}
