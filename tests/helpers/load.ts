import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'

/**
 * What a load or fault test reads back afterwards: the files on disk are
 * exactly the stored media's (the original and each size), nothing a failed
 * upload left behind and nothing a saved record lost.
 */
export const mediaFilesAgree = async (payload: Payload, mediaDir: string): Promise<{ missing: string[]; orphans: string[] }> => {
  const onDisk = new Set(
    (() => {
      try {
        return readdirSync(mediaDir, { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => e.name)
      } catch {
        return []
      }
    })(),
  )
  const docs = await payload.find({ collection: 'media', depth: 0, limit: 0, pagination: false })
  const expected = new Set<string>()
  for (const d of docs.docs as Array<{ filename?: string | null; sizes?: Record<string, { filename?: string | null }> }>) {
    if (d.filename) expected.add(d.filename)
    for (const s of Object.values(d.sizes ?? {})) if (s?.filename) expected.add(s.filename)
  }
  return {
    missing: [...expected].filter((f) => !onDisk.has(f)).sort(),
    orphans: [...onDisk].filter((f) => !expected.has(f) && !f.startsWith('.')).sort(),
  }
}

/** Drives Payload's jobs schedule as its cron does each minute: every queue's schedules, then its jobs. */
export const scheduleTick = async (payload: Payload, queues: readonly string[]): Promise<void> => {
  for (const queue of queues) {
    await payload.jobs.handleSchedules({ queue })
    await payload.jobs.run({ limit: 10, queue })
  }
}

export const statusCounts = (statuses: number[]): Record<string, number> =>
  statuses.reduce<Record<string, number>>((m, s) => ({ ...m, [s]: (m[s] ?? 0) + 1 }), {})


/** Resolves once a write transaction is open (an upload, an import): what a test fires the schedule into. */
export const whileAWriteIsOpen = async (payload: Payload, timeoutMs = 60_000): Promise<void> => {
  const until = Date.now() + timeoutMs
  while (Object.keys((payload.db as { sessions?: object }).sessions ?? {}).length === 0) {
    if (Date.now() > until) throw new Error('no write transaction opened')
    await new Promise((r) => setTimeout(r, 2))
  }
}
