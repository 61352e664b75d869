import type { CollectionBeforeChangeHook } from 'payload'

import { relId } from '../../../src/access/branchScope'
import type { Activity } from '../../../src/payload-types'

/** Remembers who filed the record (staff may later edit only their own drafts) and, for imports, where from. */
export const stampCreator: CollectionBeforeChangeHook<Activity> = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  if (req.user) data.createdBy = req.user.id as Activity['createdBy']
  // an import tells which batch and spreadsheet row the record came from, so compliance can trace it back
  const origin = req.context?.importOrigin as { batch: Activity['importBatch']; row: number } | undefined
  if (origin) {
    data.importBatch = origin.batch
    data.importRow = origin.row
  }
  return data
}

type Row = Record<string, unknown>
const n = (v: unknown) => Number(v ?? 0) || 0
const rows = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : [])

/** The figures a reviewer signs, in a form that compares equal whatever the depth or row ids: what was handed out, who was reached, what was stopped. */
const FIGURES: Record<'interception' | 'leaflets' | 'reach', (v: unknown) => string> = {
  interception: (v) => JSON.stringify(['transactionsStopped', 'lossesAvoided', 'suspectsCaught'].map((k) => n((v as Row | null)?.[k]))),
  leaflets: (v) => JSON.stringify(rows(v).map((r) => [String(relId(r.material)), n(r.quantity)])),
  reach: (v) => JSON.stringify(rows(v).map((r) => [r.audience, r.channel ?? 'offline', n(r.count)])),
}

/**
 * Remembers who last changed the record's figures (separation of duties: that
 * person does not approve them). Set on create and whenever leaflets, reach
 * or interceptions differ from what is stored; the system's own writes leave it.
 */
export const stampFiguresEditor: CollectionBeforeChangeHook<Activity> = ({ data, operation, originalDoc, req }) => {
  if (!req.user || req.context?.workflowSystem === true) return data
  const changed =
    operation === 'create' ||
    (Object.keys(FIGURES) as Array<keyof typeof FIGURES>).some((k) => k in data && FIGURES[k](data[k]) !== FIGURES[k](originalDoc?.[k]))
  if (changed) data.figuresBy = req.user.id as Activity['figuresBy']
  return data
}
