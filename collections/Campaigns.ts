import type { CollectionConfig, DateFieldValidation } from 'payload'

import { hasRole, isSignedIn } from '../src/access/roles'
import { dayOf } from '../src/domain/dates'
import { campaignStatusOptions, fraudTypeOptions } from '../src/domain/vocabulary'
import { countField, selectField, slugField } from '../src/fields/builders'
import { t } from '../src/i18n/messages'

const endNotBeforeStart: DateFieldValidation = (value, { data, req, required }) => {
  if (value === null || value === undefined) return required ? req.t('validation:required') : true
  const start = (data as { startDate?: string | null }).startDate
  if (!start) return true
  return dayOf(value) >= dayOf(start) ? true : t(req, 'endBeforeStart')
}

const headOffice = hasRole('admin', 'compliance')

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  access: { create: headOffice, delete: headOffice, read: isSignedIn, update: headOffice },
  admin: {
    defaultColumns: ['title', 'status', 'startDate', 'endDate'],
    group: { en: 'Campaigns', zh: '宣传活动' },
    useAsTitle: 'title',
  },
  defaultSort: '-startDate',
  fields: [
    { name: 'title', label: { en: 'Title (Chinese)', zh: '活动名称' }, required: true, type: 'text' },
    { name: 'titleEn', label: { en: 'Title (English)', zh: '英文名称' }, type: 'text' },
    slugField('titleEn'),
    {
      name: 'theme',
      label: { en: 'Theme / description', zh: '活动主题与说明' },
      type: 'richText',
    },
    {
      fields: [
        {
          name: 'startDate',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: { en: 'Start date', zh: '开始日期' },
          required: true,
          type: 'date',
        },
        {
          name: 'endDate',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: { en: 'End date', zh: '结束日期' },
          required: true,
          type: 'date',
          validate: endNotBeforeStart,
        },
      ],
      type: 'row',
    },
    selectField('status', { en: 'Status', zh: '状态' }, campaignStatusOptions, {
      admin: { position: 'sidebar' },
      defaultValue: 'planned',
      index: true,
      required: true,
    }),
    {
      name: 'participatingBranches',
      admin: { description: { en: 'Branches taking part; their sub-branches and outlets take part too.', zh: '参与机构；其下级支行、网点同时参与。' } },
      hasMany: true,
      label: { en: 'Participating branches', zh: '参与机构' },
      relationTo: 'branches',
      type: 'relationship',
    },
    {
      name: 'targets',
      fields: [
        {
          fields: [
            countField('leaflets', { en: 'Leaflets handed out', zh: '发放宣传资料（份）' }),
            countField('peopleReached', { en: 'People reached', zh: '覆盖人数（人次）' }),
            countField('events', { en: 'Events held', zh: '开展活动（场）' }),
          ],
          type: 'row',
        },
        {
          name: 'others',
          fields: [
            {
              fields: [
                { name: 'label', label: { en: 'Target (Chinese)', zh: '指标名称' }, required: true, type: 'text' },
                { name: 'labelEn', label: { en: 'Target (English)', zh: '英文名称' }, type: 'text' },
                countField('value', { en: 'Value', zh: '目标值' }, { required: true }),
              ],
              type: 'row',
            },
          ],
          label: { en: 'Other targets', zh: '其他指标' },
          type: 'array',
        },
      ],
      label: { en: 'Targets', zh: '目标' },
      type: 'group',
    },
    selectField('fraudTypes', { en: 'Fraud types addressed', zh: '重点防范诈骗类型' }, fraudTypeOptions, {
      hasMany: true,
    }),
  ],
  labels: { plural: { en: 'Campaigns', zh: '宣传活动' }, singular: { en: 'Campaign', zh: '宣传活动' } },
}
