import type { CollectionConfig, DateFieldValidation, NumberField } from 'payload'

import { hasRole, isSignedIn } from '../src/access/roles'
import { dayOf } from '../src/domain/dates'
import { campaignStatusOptions, fraudTypeOptions } from '../src/domain/vocabulary'
import { countField, selectField, slugField } from '../src/fields/builders'
import { reviewLevelOptions } from '../src/domain/workflow'
import { t } from '../src/i18n/messages'
import { nonNegativeInteger } from '../src/fields/validators'
import { DEFAULT_DEADLINES } from '../src/domain/returns'

const endNotBeforeStart: DateFieldValidation = (value, { data, req, required }) => {
  if (value === null || value === undefined) return required ? req.t('validation:required') : true
  const start = (data as { startDate?: string | null }).startDate
  if (!start) return true
  return dayOf(value) >= dayOf(start) ? true : t(req, 'endBeforeStart')
}

const headOffice = hasRole('admin', 'compliance')

/** A day of the month (deadlines fall on days every month has). */
const dayField = (name: string, label: { en: string; zh: string }, defaultValue: number, min: number): NumberField => ({
  name,
  admin: { step: 1 },
  defaultValue,
  label,
  max: 28,
  min,
  type: 'number',
  validate: (value: number | null | undefined, args: Parameters<typeof nonNegativeInteger>[1]) => {
    if (typeof value === 'number' && (value < min || value > 28)) return t(args.req, 'deadlineDay', { min })
    return nonNegativeInteger(value, args)
  },
})

export const Campaigns: CollectionConfig = {
  slug: 'campaigns',
  // what a record's list row or a report header shows of its campaign: not the rich-text theme, targets or every participating branch
  defaultPopulate: { status: true, title: true, titleEn: true },
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
    selectField('reviewLevel', { en: 'Records approved by', zh: '活动记录审核人' }, reviewLevelOptions, {
      admin: {
        description: {
          en: 'Who approves the records of this campaign. Nobody approves a record they filed; compliance may return any record.',
          zh: '本宣传活动记录由谁审核。任何人不能审核本人登记的记录；总行合规可退回任何记录。',
        },
        position: 'sidebar',
      },
      // empty reads as the default (src/domain/workflow.ts toReviewLevel)
      defaultValue: 'supervising',
    }),
    {
      name: 'deadlines',
      admin: {
        description: {
          en: "Sub-branches and branches file a monthly return (their outlets' records travel in their sub-branch's) by this day of the following month (Beijing time, end of day). Managers are reminded the given number of days before; a missed deadline is reported to the level above.",
          zh: '支行、分行须于次月该日（北京时间当日24时前）完成月度报送（网点记录随所属支行报送）。截止前若干天提醒本机构负责人；逾期未报送的，通知上级机构负责人。',
        },
      },
      fields: [
        {
          fields: [
            dayField('subBranch', { en: 'Sub-branches by day', zh: '支行报送截止日' }, DEFAULT_DEADLINES.subBranch, 1),
            dayField('branch', { en: 'Branches by day', zh: '分行报送截止日' }, DEFAULT_DEADLINES.branch, 1),
            dayField('remindDaysBefore', { en: 'Remind days before', zh: '提前提醒天数' }, DEFAULT_DEADLINES.remindDaysBefore, 0),
          ],
          type: 'row',
        },
      ],
      label: { en: 'Monthly return deadlines', zh: '月度报送时限' },
      type: 'group',
    },
    selectField('fraudTypes', { en: 'Fraud types addressed', zh: '重点防范诈骗类型' }, fraudTypeOptions, {
      hasMany: true,
    }),
  ],
  labels: { plural: { en: 'Campaigns', zh: '宣传活动' }, singular: { en: 'Campaign', zh: '宣传活动' } },
}
