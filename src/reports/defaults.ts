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
    const body = await readFile(path.join(dir, t.file), 'utf8')
    const stored = (await payload.find({ collection: 'report-templates', depth: 0, limit: 1, overrideAccess: true, req, select: { body: true, createdAt: true, updatedAt: true }, where: { source: { equals: t.file } } })).docs[0]
    if (stored) {
      // a shipped template nobody has edited follows the product's newer version; an edited one is the bank's own
      if (stored.updatedAt === stored.createdAt && stored.body !== body) {
        await payload.update({ collection: 'report-templates', data: { body, updatedAt: stored.createdAt }, id: stored.id, overrideAccess: true, req })
      }
      continue
    }
    await payload.create({ collection: 'report-templates', data: { body, isDefault: true, language: t.language, name: t.name, source: t.file }, overrideAccess: true, req })
    created++
  }
  return created
}
