import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Payload, PayloadRequest } from 'payload'

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates')

export const SHIPPED = [
  { file: 'monthly-summary.zh.liquid', language: 'zh' as const, name: '月度工作总结（默认）' },
  { file: 'monthly-summary.en.liquid', language: 'en' as const, name: 'Monthly summary (default)' },
]

/** Loads the templates shipped in templates/ that are not in the database yet (by file name); edited copies are left alone. */
export const loadShippedTemplates = async (payload: Payload, req?: PayloadRequest): Promise<number> => {
  let created = 0
  for (const t of SHIPPED) {
    const exists = await payload.count({ collection: 'report-templates', overrideAccess: true, req, where: { source: { equals: t.file } } })
    if (exists.totalDocs > 0) continue
    const body = await readFile(path.join(dir, t.file), 'utf8')
    await payload.create({ collection: 'report-templates', data: { body, isDefault: true, language: t.language, name: t.name, source: t.file }, overrideAccess: true, req })
    created++
  }
  return created
}
