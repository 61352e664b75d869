'use client'

import { FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { JSONFieldClientComponent } from 'payload'
import React from 'react'

import { tr } from './strings'

/** At most this many rows are shown (an import's problem list can be long; the batch's own screen pages it). */
const MAX_ROWS = 200

type Cell = string | number | boolean | null

const flatten = (value: unknown, prefix = '', out: Array<[string, Cell]> = []): Array<[string, Cell]> => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix} › ${k}` : k, out)
  } else if (Array.isArray(value)) {
    out.push([prefix, JSON.stringify(value)])
  } else {
    out.push([prefix, value as Cell])
  }
  return out
}

/**
 * A JSON field shown as a read-only table instead of Payload's code editor
 * (which loads Monaco from a public CDN: nothing may call an outside host,
 * and compliance reads figures, not JSON). Objects become key/value rows,
 * lists of objects a table with a column per key; numbers right-aligned in
 * the user's locale.
 */
export const JsonView: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<unknown>({ potentiallyStalePath: path ?? field.name })
  const { i18n } = useTranslation()
  const lang = i18n.language
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: 2 })
  const show = (v: Cell | unknown) =>
    typeof v === 'number' ? nf.format(v) : typeof v === 'boolean' ? tr(lang, v ? 'yes' : 'no') : v === null || v === undefined ? '—' : typeof v === 'object' ? JSON.stringify(v) : String(v)

  let body: React.ReactNode
  if (value === null || value === undefined || (typeof value === 'object' && Object.keys(value as object).length === 0)) {
    body = <p className="afc-muted">—</p>
  } else if (Array.isArray(value) && value.every((r) => r !== null && typeof r === 'object' && !Array.isArray(r))) {
    const rows = value as Array<Record<string, unknown>>
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))]
    body = (
      <table className="afc-table">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c}>{c}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, MAX_ROWS).map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td className={typeof r[c] === 'number' ? 'num' : undefined} key={c}>
                  {show(r[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        {rows.length > MAX_ROWS && (
          <tfoot>
            <tr>
              <td colSpan={columns.length}>{tr(lang, 'moreRows', { n: rows.length - MAX_ROWS })}</td>
            </tr>
          </tfoot>
        )}
      </table>
    )
  } else {
    const rows = flatten(value)
    body = (
      <table className="afc-table">
        <tbody>
          {rows.slice(0, MAX_ROWS).map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td className={typeof v === 'number' ? 'num' : undefined}>{show(v)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )
  }
  return (
    <div className="field-type afc-json" id={`field-${(path ?? field.name).replace(/\./g, '__')}`}>
      <FieldLabel label={field.label} path={path} />
      <div className="afc-table-wrap">{body}</div>
    </div>
  )
}
