/**
 * The only writes to an activity record that bypass Payload's update
 * operation (no hooks, no new version): the derived review flags, the
 * status a bulk review decides, and the history entry it appends. Each
 * function's name says what it may change; nothing else of the record is
 * touched.
 *
 * Why this module exists: Payload's SQL adapters write a partial update
 * through `upsertRow`. When the data holds anything stored outside the main
 * row (a hasMany select such as `flags`, an array, a hasMany relationship, a
 * localized field) the adapter rewrites the record as a whole, and its write
 * transform lists *every* array field of the collection, mentioned or not —
 * so `db.updateOne({ data: { flags } })` deleted the record's leaflets, reach
 * and history rows (issue 23: a reused photo emptied the first record's
 * figures). Only an update of main-row scalar columns is a plain UPDATE.
 * Hence:
 * - scalar columns go through `setRecordColumns`, limited by type and checked
 *   against the collection's fields at run time to main-row scalars;
 * - the flags' rows are replaced with a DELETE and an INSERT on their own
 *   table (SQL engines), or a `$set` of that one key (MongoDB);
 * - a history entry is one INSERT into the history table (SQL engines), or a
 *   `$set` of the whole list read in the same transaction (MongoDB).
 * `tests/int/recordWrites.test.ts` checks, per engine, that every other part
 * of the record stays byte-equal.
 */
import { randomBytes } from 'node:crypto'

import type { FlattenedField, PayloadRequest } from 'payload'

import { relId } from '../access/branchScope'
import { drizzleOf, sqlOf } from '../drizzle'
import type { ActivityStatus } from '../domain/vocabulary'
import type { Flag } from '../domain/workflow'
import type { Activity } from '../payload-types'

type Id = number | string

/** The main-row columns a direct write may set. */
export type RecordColumns = Partial<{
  flaggedAt: string | null
  returnReason: string | null
  status: ActivityStatus
  updatedAt: string
}>

export const RECORD_COLUMNS: ReadonlyArray<keyof RecordColumns> = ['flaggedAt', 'returnReason', 'status', 'updatedAt']

const SCALAR_TYPES = new Set(['checkbox', 'date', 'email', 'number', 'select', 'text', 'textarea'])

/** Whether the adapter stores `field` as one column of the main row (so a write of it alone is a plain UPDATE). */
export const isMainRowScalar = (field: FlattenedField | undefined): boolean =>
  field !== undefined &&
  SCALAR_TYPES.has(field.type) &&
  !field.localized &&
  !('hasMany' in field && field.hasMany) &&
  !('virtual' in field && field.virtual)

const checkColumns = (req: PayloadRequest, columns: RecordColumns) => {
  const fields = req.payload.collections.activities.config.flattenedFields
  for (const key of Object.keys(columns)) {
    if (!(RECORD_COLUMNS as string[]).includes(key) || !isMainRowScalar(fields.find((f) => f.name === key))) {
      throw new Error(`setRecordColumns: '${key}' is not a main-row column this helper may write`)
    }
  }
}

/** Sets main-row scalar columns of one record, in the request's transaction. */
export const setRecordColumns = async (req: PayloadRequest, id: Id, columns: RecordColumns): Promise<void> => {
  checkColumns(req, columns)
  if (Object.keys(columns).length === 0) return
  // the SQL adapters stamp `updatedAt` unless it is given, or given as null: a derived column is no edit of the record
  const sqlTables = (req.payload.db as unknown as Adapter).tables !== undefined
  const data = sqlTables && columns.updatedAt === undefined ? { ...columns, updatedAt: null } : columns
  await req.payload.db.updateOne({ collection: 'activities', data, id, req, returning: false })
}

type Tables = Record<string, { parent?: unknown; _parentID?: unknown } | undefined>
type Adapter = {
  deleteWhere: (a: { db: unknown; tableName: string; where: unknown }) => Promise<void>
  insert: (a: { db: unknown; tableName: string; values: unknown }) => Promise<unknown>
  tables?: Tables
}

/** Replaces one record's review flags and the time it became flagged; nothing else. */
export const setRecordFlags = async (req: PayloadRequest, id: Id, flags: Flag[], flaggedAt: string | null): Promise<void> => {
  const adapter = req.payload.db as unknown as Adapter
  const table = adapter.tables?.activities_flags
  if (!table) {
    // MongoDB: an update is a $set of the keys given
    await req.payload.db.updateOne({ collection: 'activities', data: { flaggedAt, flags }, id, req, returning: false })
    return
  }
  const db = await drizzleOf(req)
  const sql = await sqlOf(req)
  await adapter.deleteWhere({ db, tableName: 'activities_flags', where: sql`${table.parent} = ${id}` })
  if (flags.length > 0) await adapter.insert({ db, tableName: 'activities_flags', values: flags.map((value, i) => ({ order: i + 1, parent: id, value })) })
  await setRecordColumns(req, id, { flaggedAt })
}

export type HistoryEntry = { at: string; by: Id | null; from: ActivityStatus | null; reason: string | null; to: ActivityStatus }

/**
 * Appends one entry to a record's history; `current` is the history as read
 * in this transaction (its length orders the new row; MongoDB stores the whole
 * list again).
 */
export const appendRecordHistory = async (req: PayloadRequest, id: Id, current: Activity['history'] | undefined, entry: HistoryEntry): Promise<void> => {
  const adapter = req.payload.db as unknown as Adapter
  const table = adapter.tables?.activities_history
  if (!table) {
    const history = [...(current ?? []).map((h) => ({ ...h, by: relId(h.by) })), entry]
    await req.payload.db.updateOne({ collection: 'activities', data: { history }, id, req, returning: false })
    return
  }
  await adapter.insert({
    db: await drizzleOf(req),
    tableName: 'activities_history',
    values: { _order: (current ?? []).length + 1, _parentID: id, at: entry.at, by: entry.by, from: entry.from, id: randomBytes(12).toString('hex'), reason: entry.reason, to: entry.to },
  })
}
