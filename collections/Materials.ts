import type { CollectionConfig } from 'payload'

import { hasRole, isSignedIn } from '../src/access/roles'
import { contentLanguageOptions, fraudTypeOptions, materialKindOptions } from '../src/domain/vocabulary'
import { selectField, slugField } from '../src/fields/builders'

const editors = hasRole('admin', 'editor')

export const Materials: CollectionConfig = {
  slug: 'materials',
  access: { create: editors, delete: editors, read: isSignedIn, update: editors },
  admin: {
    defaultColumns: ['title', 'kind', 'languages', 'updatedAt'],
    group: { en: 'Materials', zh: '宣传物料' },
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', label: { en: 'Title', zh: '标题' }, localized: true, required: true, type: 'text' },
    {
      name: 'code',
      admin: { description: { en: 'Short stable key, used in spreadsheets (e.g. LEAFLET-POLICE).', zh: '简短且固定的编号，表格导入时使用（例如 LEAFLET-POLICE）。' } },
      index: true,
      label: { en: 'Code', zh: '物料编号' },
      required: true,
      type: 'text',
      unique: true,
    },
    slugField('code'),
    selectField('kind', { en: 'Kind', zh: '类型' }, materialKindOptions, { index: true, required: true }),
    { name: 'summary', label: { en: 'Summary', zh: '简介' }, localized: true, type: 'textarea' },
    selectField('languages', { en: 'Languages', zh: '语种' }, contentLanguageOptions, {
      defaultValue: ['zh'],
      hasMany: true,
    }),
    selectField('fraudTypes', { en: 'Fraud types addressed', zh: '防范诈骗类型' }, fraudTypeOptions, { hasMany: true }),
    { name: 'cover', label: { en: 'Cover image', zh: '封面图' }, relationTo: 'media', type: 'upload' },
    { name: 'file', label: { en: 'File (print-ready PDF or video)', zh: '文件（印刷版 PDF 或视频）' }, relationTo: 'media', type: 'upload' },
  ],
  labels: { plural: { en: 'Materials', zh: '宣传物料' }, singular: { en: 'Material', zh: '宣传物料' } },
}
