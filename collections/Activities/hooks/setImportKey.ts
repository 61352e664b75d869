import type { CollectionBeforeChangeHook } from 'payload'

import { relId } from '../../../src/access/branchScope'
import { naturalKey } from '../../../src/domain/importRows'
import type { Activity } from '../../../src/payload-types'

/**
 * Every record carries its natural key (branch + external id, or branch + day
 * + type + title), so a spreadsheet re-uploaded — or overlapping a record
 * typed in the admin — is recognised and not filed twice.
 */
export const setImportKey: CollectionBeforeChangeHook<Activity> = ({ data, originalDoc }) => {
  const m = { ...originalDoc, ...data } as Activity
  const branch = relId(m.branch)
  if (branch === null || !m.date || !m.type || !m.title) return data
  data.importKey = naturalKey({ branch, date: m.date, externalId: m.externalId, title: m.title, type: m.type })
  return data
}
