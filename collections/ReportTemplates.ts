import type { CollectionConfig, TextareaFieldValidation } from 'payload'

import { hasRole, isSignedIn } from '../src/access/roles'
import { templateProblem } from '../src/reports/engine'

const headOffice = hasRole('admin', 'compliance')

/** A broken template is refused on save, with the line and the parser's message. */
const parses: TextareaFieldValidation = (value, { req, siblingData }) => {
  if (typeof value !== 'string' || value.trim() === '') return req.t('validation:required')
  const lang = (siblingData as { language?: string }).language === 'en' ? 'en' : 'zh'
  const p = templateProblem(value, lang)
  if (!p) return true
  return lang === 'en' || req.i18n?.language === 'en'
    ? `The template does not parse${p.line ? ` (line ${p.line})` : ''}: ${p.message}`
    : `模板有误${p.line ? `（第 ${p.line} 行）` : ''}：${p.message}`
}

/**
 * Report templates in a sandboxed Liquid (no code, no files, bounded loops).
 * The defaults come from templates/ (loaded by the seed); compliance edits
 * copies here.
 */
export const ReportTemplates: CollectionConfig = {
  slug: 'report-templates',
  access: { create: headOffice, delete: headOffice, read: isSignedIn, update: headOffice },
  admin: { defaultColumns: ['name', 'language', 'isDefault', 'updatedAt'], group: { en: 'Reports', zh: '统计报告' }, useAsTitle: 'name' },
  fields: [
    { name: 'name', label: { en: 'Name', zh: '名称' }, required: true, type: 'text' },
    {
      name: 'language',
      defaultValue: 'zh',
      label: { en: 'Language', zh: '语言' },
      options: [
        { label: { en: 'Chinese', zh: '中文' }, value: 'zh' },
        { label: { en: 'English', zh: '英文' }, value: 'en' },
      ],
      required: true,
      type: 'select',
    },
    { name: 'isDefault', defaultValue: false, label: { en: 'Default for its language', zh: '该语言的默认模板' }, type: 'checkbox' },
    { name: 'source', admin: { readOnly: true }, label: { en: 'Shipped file', zh: '来源文件' }, type: 'text' },
    {
      name: 'body',
      admin: {
        description: {
          en: 'Liquid. Filters: num (exact), approx (2万余 / over 20,000), cny, day, pct: whole. Data: totals, previous, cumulative, targets, channels, byType, byAudience, byMaterial, branches, highlights, notSubmitted, links, nextSteps.',
          zh: 'Liquid 模板。过滤器：num（精确）、approx（约数，如“2万余”）、cny（金额）、day（日期）、pct: 分母。数据：totals、previous、cumulative、targets、channels、byType、byAudience、byMaterial、branches、highlights、notSubmitted、links、nextSteps。',
        },
        rows: 30,
      },
      label: { en: 'Template', zh: '模板内容' },
      required: true,
      type: 'textarea',
      validate: parses,
    },
  ],
  labels: { plural: { en: 'Report templates', zh: '报告模板' }, singular: { en: 'Report template', zh: '报告模板' } },
}
