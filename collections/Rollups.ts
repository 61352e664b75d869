import type { Access, CollectionConfig } from 'payload'

import { readableBranchIds } from '../src/access/branchScope'
import { nobody, roleOf } from '../src/access/roles'
import { scopeTo } from '../src/access/scopeTo'
import { JSON_VIEW } from '../src/fields/builders'

const readRollups: Access = async ({ req }) => {
  const role = roleOf(req.user)
  if (role === 'admin' || role === 'compliance') return true
  if (role === 'manager' || role === 'staff') return scopeTo('branch', await readableBranchIds(req))
  return false
}

/**
 * The figures of one (campaign, branch, month), recomputed from its records
 * whenever one of them changes (src/workflow/rollups.ts). Written by the
 * product only; read by reports and the dashboard, in the reader's scope.
 */
export const Rollups: CollectionConfig = {
  slug: 'rollups',
  access: { create: nobody, delete: nobody, read: readRollups, update: nobody },
  admin: {
    defaultColumns: ['month', 'branch', 'campaign', 'records', 'events', 'people'],
    group: { en: 'Reports', zh: '统计报告' },
    useAsTitle: 'key',
  },
  fields: [
    { name: 'key', index: true, label: { en: 'Key', zh: '键' }, required: true, type: 'text', unique: true },
    { name: 'campaign', index: true, label: { en: 'Campaign', zh: '宣传活动' }, relationTo: 'campaigns', required: true, type: 'relationship' },
    { name: 'branch', index: true, label: { en: 'Branch', zh: '机构' }, relationTo: 'branches', required: true, type: 'relationship' },
    { name: 'month', index: true, label: { en: 'Month', zh: '月份' }, required: true, type: 'text' },
    { name: 'records', label: { en: 'Records (all statuses)', zh: '记录数（全部状态）' }, type: 'number' },
    { name: 'events', label: { en: 'Approved events', zh: '已审核活动场次' }, type: 'number' },
    { name: 'leaflets', label: { en: 'Leaflets', zh: '发放资料（份）' }, type: 'number' },
    { name: 'people', label: { en: 'People reached', zh: '覆盖人次' }, type: 'number' },
    { name: 'peopleOffline', label: { en: 'People reached offline', zh: '线下覆盖人次' }, type: 'number' },
    { name: 'peopleOnline', label: { en: 'People reached online', zh: '线上覆盖人次' }, type: 'number' },
    { name: 'lectures', label: { en: 'Lectures', zh: '讲座场次' }, type: 'number' },
    { name: 'onlinePosts', label: { en: 'Online posts', zh: '线上推文' }, type: 'number' },
    { name: 'shortVideos', label: { en: 'Short videos', zh: '短视频' }, type: 'number' },
    { name: 'interceptions', label: { en: 'Interceptions', zh: '堵截劝阻（起）' }, type: 'number' },
    { name: 'transactionsStopped', label: { en: 'Transactions stopped', zh: '堵截笔数' }, type: 'number' },
    { name: 'lossesAvoided', label: { en: 'Losses avoided (CNY)', zh: '避免损失（元）' }, type: 'number' },
    { name: 'suspectsCaught', label: { en: 'Suspects caught', zh: '协助抓获嫌疑人' }, type: 'number' },
    { name: 'leafletsByMaterial', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'Leaflets per material', zh: '分物料发放' }, type: 'json' },
    { name: 'peopleByAudience', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'People per audience', zh: '分人群覆盖' }, type: 'json' },
    { name: 'peopleByDay', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'People per day', zh: '每日覆盖人次' }, type: 'json' },
    { name: 'byTypeStatus', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'Records by type and status', zh: '分类型、状态记录数' }, type: 'json' },
  ],
  labels: { plural: { en: 'Rollups', zh: '统计汇总' }, singular: { en: 'Rollup', zh: '统计汇总' } },
}
