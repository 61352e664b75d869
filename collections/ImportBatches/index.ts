import type { CollectionConfig } from 'payload'

import { nobody } from '../../src/access/roles'
import { readImportBatches } from './access'
import { JSON_VIEW } from '../../src/fields/builders'
import { diskDir, storageFields } from '../../src/storage'

/**
 * One uploaded spreadsheet: who, when, the file itself, what the check found,
 * and what the commit wrote. Created and changed only by the import endpoints
 * and job (never directly over REST), so its record of what happened stands.
 */
export const ImportBatches: CollectionConfig = {
  slug: 'import-batches',
  defaultPopulate: { committedAt: true, filename: true, status: true },
  access: { create: nobody, delete: nobody, read: readImportBatches, update: nobody },
  admin: {
    defaultColumns: ['filename', 'campaign', 'status', 'uploadedBy', 'createdAt'],
    group: { en: 'Campaigns', zh: '宣传活动' },
    useAsTitle: 'filename',
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'campaign', index: true, label: { en: 'Campaign', zh: '宣传活动' }, relationTo: 'campaigns', required: true, type: 'relationship' },
    {
      name: 'status',
      index: true,
      label: { en: 'Status', zh: '状态' },
      options: [
        { label: { en: 'Checked, ready to commit', zh: '已校验，待提交' }, value: 'checked' },
        { label: { en: 'Has errors', zh: '存在错误' }, value: 'has-errors' },
        { label: { en: 'Queued', zh: '排队中' }, value: 'queued' },
        { label: { en: 'Importing', zh: '导入中' }, value: 'running' },
        { label: { en: 'Imported', zh: '已导入' }, value: 'committed' },
        { label: { en: 'Failed (nothing written)', zh: '失败（未写入）' }, value: 'failed' },
      ],
      required: true,
      type: 'select',
    },
    { name: 'uploadedBy', index: true, label: { en: 'Uploaded by', zh: '上传人' }, relationTo: 'users', type: 'relationship' },
    { name: 'uploaderBranch', index: true, label: { en: 'Uploader\'s branch', zh: '上传人所属机构' }, relationTo: 'branches', type: 'relationship' },
    {
      name: 'counts',
      fields: [
        { name: 'rows', label: { en: 'Rows', zh: '数据行' }, type: 'number' },
        { name: 'ok', label: { en: 'New rows', zh: '可导入' }, type: 'number' },
        { name: 'present', label: { en: 'Already present', zh: '已存在' }, type: 'number' },
        { name: 'errors', label: { en: 'Rows with errors', zh: '错误行' }, type: 'number' },
        { name: 'created', label: { en: 'Records created', zh: '已新增记录' }, type: 'number' },
      ],
      label: { en: 'Counts', zh: '统计' },
      type: 'group',
    },
    { name: 'totals', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'Totals of the new rows', zh: '新增记录合计' }, type: 'json' },
    { name: 'problems', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'Problems (row, column, value, message)', zh: '问题明细（行、列、值、说明）' }, type: 'json' },
    { name: 'presentRows', admin: { components: { Field: JSON_VIEW }, readOnly: true }, label: { en: 'Rows already present', zh: '已存在的行' }, type: 'json' },
    { name: 'error', label: { en: 'Error', zh: '错误' }, type: 'textarea' },
    { name: 'language', defaultValue: 'zh', label: { en: 'Language', zh: '语言' }, type: 'text' },
    { name: 'committedAt', label: { en: 'Imported at', zh: '导入时间' }, type: 'date' },
    ...storageFields,
  ],
  labels: { plural: { en: 'Imports', zh: '导入批次' }, singular: { en: 'Import', zh: '导入批次' } },
  upload: {
    // the endpoint judges the content (XLSX or CSV) itself before a batch is created
    staticDir: diskDir('import-batches'),
  },
}
