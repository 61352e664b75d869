import type { CollectionConfig } from 'payload'

import { audienceOptions, contentLanguageOptions, fraudTypeOptions, materialKindOptions } from '../../src/domain/vocabulary'
import { selectField, slugField } from '../../src/fields/builders'
import { editMaterials, readMaterials, readMaterialVersions } from './access'

/**
 * Anti-fraud materials (leaflets, posters, handbooks, videos, comics, case
 * studies, tips) as publishable content: localized zh/en, drafts with
 * autosave, versions, scheduled publish and unpublish (Payload jobs). Branch
 * records reference them in their leaflet rows; the public site shows the
 * published ones.
 */
export const Materials: CollectionConfig = {
  slug: 'materials',
  // a leaflet line names its material; the body and downloads are read on the material's own page
  defaultPopulate: { code: true, kind: true, title: true },
  access: { create: editMaterials, delete: editMaterials, read: readMaterials, readVersions: readMaterialVersions, update: editMaterials },
  admin: {
    defaultColumns: ['title', 'kind', 'code', '_status', 'updatedAt'],
    group: { en: 'Materials', zh: '宣传物料' },
    listSearchableFields: ['title', 'code', 'summary'],
    preview: (doc, { locale }) => (typeof doc?.slug === 'string' ? `${locale === 'en' ? '/en' : ''}/materials/${doc.slug}` : null),
    useAsTitle: 'title',
  },
  defaultSort: '-updatedAt',
  fields: [
    { name: 'title', label: { en: 'Title', zh: '标题' }, localized: true, required: true, type: 'text' },
    {
      fields: [
        {
          name: 'code',
          admin: { description: { en: 'Short stable key, used in spreadsheets (e.g. LEAFLET-POLICE).', zh: '简短且固定的编号，表格导入时使用（例如 LEAFLET-POLICE）。' } },
          index: true,
          label: { en: 'Code', zh: '物料编号' },
          required: true,
          type: 'text',
          unique: true,
        },
        selectField('kind', { en: 'Kind', zh: '类型' }, materialKindOptions, { index: true, required: true }),
      ],
      type: 'row',
    },
    slugField('code'),
    { name: 'summary', label: { en: 'Summary', zh: '简介' }, localized: true, type: 'textarea' },
    { name: 'body', label: { en: 'Content', zh: '正文' }, localized: true, type: 'richText' },
    {
      fields: [
        selectField('fraudTypes', { en: 'Fraud types addressed', zh: '防范诈骗类型' }, fraudTypeOptions, { hasMany: true, index: true }),
        selectField('audiences', { en: 'Target audiences', zh: '目标人群' }, audienceOptions, { hasMany: true, index: true }),
      ],
      type: 'row',
    },
    selectField('languages', { en: 'Languages of the material', zh: '物料语种' }, contentLanguageOptions, {
      defaultValue: ['zh'],
      hasMany: true,
    }),
    {
      name: 'cover',
      admin: { description: { en: 'Shown on the site in responsive sizes; describe it in the file\'s alt text.', zh: '网站按不同尺寸展示，请在图片说明中描述图片内容。' } },
      label: { en: 'Cover image', zh: '封面图' },
      relationTo: 'media',
      type: 'upload',
    },
    {
      name: 'downloads',
      fields: [
        { name: 'file', label: { en: 'File', zh: '文件' }, relationTo: 'media', required: true, type: 'upload' },
        { name: 'label', label: { en: 'Label', zh: '说明' }, localized: true, type: 'text' },
      ],
      label: { en: 'Downloads (print-ready PDF …)', zh: '下载文件（印刷版 PDF 等）' },
      labels: { plural: { en: 'Files', zh: '文件' }, singular: { en: 'File', zh: '文件' } },
      type: 'array',
    },
    { name: 'videoUrl', admin: { description: { en: 'For videos hosted elsewhere.', zh: '外部平台视频地址。' } }, label: { en: 'Video link', zh: '视频链接' }, type: 'text' },
    {
      name: 'publishedAt',
      admin: { date: { pickerAppearance: 'dayAndTime' }, position: 'sidebar' },
      hooks: {
        beforeChange: [({ siblingData, value }) => (siblingData._status === 'published' && !value ? new Date().toISOString() : value)],
      },
      index: true,
      label: { en: 'Published at', zh: '发布时间' },
      type: 'date',
    },
  ],
  labels: { plural: { en: 'Materials', zh: '宣传物料' }, singular: { en: 'Material', zh: '宣传物料' } },
  versions: { drafts: { autosave: { interval: 2000 }, schedulePublish: true }, maxPerDoc: 50 },
}
