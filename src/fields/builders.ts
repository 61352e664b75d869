import type { Field, FieldAccess, NumberField, SelectField, TextField } from 'payload'

import type { Label, Option } from '../domain/vocabulary'
import { moneyYuan, nonNegativeInteger, slugFormat } from './validators'

type NumberExtra = { admin?: NumberField['admin']; index?: boolean; required?: boolean }

export const countField = (name: string, label: Label, extra: NumberExtra = {}): NumberField => ({
  name,
  admin: { step: 1 },
  defaultValue: 0,
  label,
  min: 0,
  type: 'number',
  validate: nonNegativeInteger,
  ...extra,
})

export const moneyField = (name: string, label: Label, extra: NumberExtra = {}): NumberField => ({
  name,
  admin: { step: 0.01 },
  defaultValue: 0,
  label,
  min: 0,
  type: 'number',
  validate: moneyYuan,
  ...extra,
})

export const selectField = <V extends string>(
  name: string,
  label: Label,
  options: ReadonlyArray<Option<V>>,
  extra: Partial<SelectField> = {},
): SelectField =>
  ({
    name,
    label,
    options: options.map((o) => ({ label: o.label, value: o.value })),
    type: 'select',
    ...extra,
  }) as SelectField

/**
 * A unique, readable slug. When left empty it is made from `from` (an ASCII
 * field such as the English title); once set it stays, so links keep working
 * when titles are edited.
 */
export const slugField = (from: string): TextField => ({
  name: 'slug',
  admin: { description: { en: 'Used in links; stays when the title changes.', zh: '用于链接，标题修改后保持不变。' }, position: 'sidebar' },
  hooks: {
    beforeValidate: [
      ({ siblingData, value }) => {
        if (typeof value === 'string' && value.trim() !== '') return value.trim()
        const source = siblingData[from]
        if (typeof source !== 'string') return value
        const slug = source
          .toLowerCase()
          .normalize('NFKD')
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, '')
          .slice(0, 80)
        return slug === '' ? value : slug
      },
    ],
  },
  index: true,
  label: { en: 'Slug', zh: '链接标识' },
  // Not `required` in the schema (the hook above fills it, so callers need not send it); the validator insists on it.
  type: 'text',
  unique: true,
  validate: (value, args) => slugFormat(value, { ...args, required: true }),
})

/**
 * Gives every data field in `fields` (looking inside rows and collapsibles,
 * which hold no data of their own) the extra update access `update`, leaving
 * the names in `except` as they are. Used to let compliance change an
 * activity's status and nothing else.
 */
export const withUpdateAccess = (fields: Field[], update: FieldAccess, except: ReadonlyArray<string>): Field[] =>
  fields.map((field): Field => {
    if (!('name' in field)) {
      return 'fields' in field && Array.isArray(field.fields)
        ? ({ ...field, fields: withUpdateAccess(field.fields, update, except) } as Field)
        : field
    }
    if (except.includes(field.name) || field.type === 'ui') return field
    const existing = field.access?.update
    const combined: FieldAccess = existing ? async (args) => (await existing(args)) && (await update(args)) : update
    return { ...field, access: { ...field.access, update: combined } } as Field
  })

/** JSON fields are shown as read-only tables (Payload's JSON editor loads Monaco from a public CDN). */
export const JSON_VIEW = '/src/admin/JsonView#JsonView'
