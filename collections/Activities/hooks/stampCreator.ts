import type { CollectionBeforeChangeHook } from 'payload'

import type { Activity } from '../../../src/payload-types'
import { changedContent } from './protectEvidence'

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

/** The figures a reviewer signs: what was handed out, who was reached, what was stopped. */
const FIGURES = ['leaflets', 'reach', 'interception'] as const

/**
 * Remembers who last changed the record's figures (separation of duties: that
 * person does not approve them). Set on create and whenever leaflets, reach
 * or interceptions differ from what is stored; the system's own writes leave it.
 */
export const stampFiguresEditor: CollectionBeforeChangeHook<Activity> = ({ data, operation, originalDoc, req }) => {
  if (!req.user || req.context?.workflowSystem === true) return data
  // compared as an approved record's content is (row ids and populated relations aside)
  const changed = operation === 'create' || changedContent(data, originalDoc, FIGURES).length > 0
  if (changed) data.figuresBy = req.user.id as Activity['figuresBy']
  return data
}
