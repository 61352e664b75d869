import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import { checkAndKeep } from '../../src/import/batch'
import { ImportFileError } from '../../src/import/check'
import { requestFor, runImport } from '../../src/import/run'
import type { Campaign, User } from '../../src/payload-types'
import { verifyRollups } from '../../src/workflow/rollups'
import { type Booted, bootPayload } from '../helpers/boot'
import { buildWorld, type World } from '../helpers/world'
import { gbkCsv, row, xlsx, type Row } from '../helpers/sheets'

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

const dryRun = async (user: string, data: Buffer, name = 'log.xlsx', lang: 'zh' | 'en' = 'zh', campaign: Campaign = w.campaign) => {
  const req = await requestFor(b.payload, w.users[user] as User, lang)
  return checkAndKeep(req, campaign, { data, mimetype: 'application/octet-stream', name })
}

const importedBy = async (batchId: number | string) =>
  (await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, where: { importBatch: { equals: batchId } } })).docs

const rows = (prefix: string, n: number, branch = 'A1-O1'): Row[] => Array.from({ length: n }, (_, i) => row(`${prefix}-${i + 1}`, branch, `2026-10-${String(10 + (i % 15)).padStart(2, '0')}`))

describe('import: dry run, then all-or-nothing commit', () => {
  it('a GBK CSV from Chinese Excel: checked, committed, and every record traceable to its file and row', async () => {
    const batch = await dryRun('staffA1O1', gbkCsv(rows('GBK', 4)), '十月台账.csv')
    expect(batch.status).toBe('checked')
    expect(batch.counts).toMatchObject({ errors: 0, ok: 4, present: 0, rows: 4 })
    expect(batch.totals).toMatchObject({ events: 4, leaflets: 120, people: 100 })
    expect(await importedBy(batch.id)).toHaveLength(0) // the dry run writes no record

    const done = await runImport(b.payload, batch.id)
    expect(done.status).toBe('committed')
    expect(done.counts?.created).toBe(4)
    const recs = await importedBy(batch.id)
    expect(recs.map((r) => r.importRow).sort()).toEqual([2, 3, 4, 5])
    expect(recs.every((r) => r.status === 'draft' && r.createdBy === w.users.staffA1O1!.id && r.title.includes('厅堂宣传'))).toBe(true)
    expect(recs[0]!.leaflets?.[0]?.material).toBe(w.materials[0]!.id)
    expect(recs.every((r) => r.branch === w.branches['A1-O1']!.id && r.campaign === w.campaign.id)).toBe(true)
    // the totals count them (each touched rollup recomputed once, at the end of the commit)
    expect(await verifyRollups(b.payload)).toEqual([])
    // committed once: a second commit of the same batch is refused
    await expect(runImport(b.payload, batch.id)).rejects.toBeInstanceOf(ImportFileError)
  })

  it('re-uploading the same file, or an overlapping one, creates no duplicates and says which rows were present', async () => {
    const first = await dryRun('managerA1', await xlsx(rows('OV', 3)))
    await runImport(b.payload, first.id)
    const again = await dryRun('managerA1', await xlsx(rows('OV', 3)))
    expect(again.counts).toMatchObject({ ok: 0, present: 3 })
    const overlap = await dryRun('managerA1', await xlsx([...rows('OV', 3), row('OV-4', 'A1-O2', '2026-10-20'), row('OV-5', 'A1-O2', '2026-10-21')]))
    expect(overlap.counts).toMatchObject({ ok: 2, present: 3 })
    expect((overlap.presentRows as Array<{ row: number }>).map((p) => p.row)).toEqual([2, 3, 4])
    await runImport(b.payload, overlap.id)
    expect(await importedBy(overlap.id)).toHaveLength(2)
    const all = await b.payload.find({ collection: 'activities', limit: 0, pagination: false, where: { externalId: { like: 'OV-' } } })
    expect(all.totalDocs).toBe(5)
  })

  it('recognises a record typed in the admin by branch, day, type and title', async () => {
    await b.payload.create({
      collection: 'activities',
      data: { branch: w.branches['A1-O1']!.id, campaign: w.campaign.id, date: noonInShanghai('2026-10-25'), title: '社区反诈讲座', type: 'lecture' },
      overrideAccess: false,
      user: w.users.staffA1O1,
    })
    const batch = await dryRun('staffA1O1', await xlsx([row('', 'A1-O1', '2026/10/25', { title: ' 社区反诈讲座 ', type: '专题讲座/培训' })]))
    expect(batch.counts).toMatchObject({ ok: 0, present: 1 })
  })

  it('a row for a branch outside the uploader’s subtree is an error with its row and column, not a silent skip', async () => {
    const batch = await dryRun('staffA1O1', await xlsx([row('F-1', 'A1-O1', '2026-10-11'), row('F-2', 'B1-O1', '2026-10-11'), row('F-3', 'NOPE', '2026-10-11')]))
    expect(batch.status).toBe('has-errors')
    const problems = batch.problems as Array<{ column: string; message: string; row: number; value: string }>
    expect(problems).toEqual([
      expect.objectContaining({ column: '机构代码', row: 3, value: 'B1-O1' }),
      expect.objectContaining({ column: '机构代码', row: 4, value: 'NOPE' }),
    ])
    expect(problems[0]!.message).toContain('本机构中没有代码为')
    // an unknown code and another branch's code read the same: the import does not reveal which codes exist
    expect(problems[1]!.message).toBe(problems[0]!.message.replace('B1-O1', 'NOPE'))
    await expect(runImport(b.payload, batch.id)).rejects.toBeInstanceOf(ImportFileError)
    expect(await importedBy(batch.id)).toHaveLength(0)
  })

  it('words the problems in English for an English user', async () => {
    const batch = await dryRun('managerA1', await xlsx([row('E-1', 'A1-O1', 'next tuesday')]), 'log.xlsx', 'en')
    const problems = batch.problems as Array<{ message: string }>
    expect(problems[0]!.message).toMatch(/Not a date/)
  })

  it('compliance imports for any branch', async () => {
    const batch = await dryRun('compliance', await xlsx([row('HO-1', 'A1-O1', '2026-10-11'), row('HO-2', 'B1-O1', '2026-10-11')]))
    expect(batch.status).toBe('checked')
    await runImport(b.payload, batch.id)
    expect(await importedBy(batch.id)).toHaveLength(2)
  })

  it('a thrown error at row k rolls the whole import back: zero rows remain, and the batch says where it failed', async () => {
    const batch = await dryRun('managerA1', await xlsx(rows('CRASH', 8)))
    await expect(
      runImport(b.payload, batch.id, {
        beforeRow: (_row, index) => {
          if (index === 5) throw new Error('disk full (simulated)')
        },
      }),
    ).rejects.toThrow('disk full')
    expect(await importedBy(batch.id)).toHaveLength(0)
    const after = await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })
    expect(after.status).toBe('failed')
    expect(after.error).toContain('第 7 行')
    expect(after.error).toContain('未写入')
    const none = await b.payload.find({ collection: 'activities', limit: 0, pagination: false, where: { externalId: { like: 'CRASH-' } } })
    expect(none.totalDocs).toBe(0)
  })

  it('a record refused by the collection mid-way (a month closed between dry run and commit) leaves nothing either', async () => {
    const batch = await dryRun('managerA1', await xlsx([row('LK-1', 'A1-O1', '2026-10-05'), row('LK-2', 'A1-O2', '2026-10-06')]))
    expect(batch.status).toBe('checked')
    const lock = await b.payload.create({ collection: 'month-locks', data: { branches: [w.branches['A1-O2']!.id], campaign: w.campaign.id, month: '2026-10' }, overrideAccess: false, user: w.users.compliance })
    try {
      await expect(runImport(b.payload, batch.id)).rejects.toThrow()
      expect(await importedBy(batch.id)).toHaveLength(0)
      const after = await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })
      expect(after.status).toBe('has-errors')
      expect(JSON.stringify(after.problems)).toContain('已锁定')
    } finally {
      await b.payload.update({ collection: 'month-locks', data: { status: 'reopened' }, id: lock.id })
    }
  })

  it('after a crash, a batch whose job was cut off runs again once; a second cut-off, or an inline commit, is marked failed', async () => {
    const { recoverInterruptedImports, releaseInterruptedJobs } = await import('../../src/import/run')
    const crash = async (batchId: number | string, jobId: number | string) => {
      await b.payload.update({ collection: 'import-batches', data: { status: 'running' }, id: batchId })
      await b.payload.update({ collection: 'payload-jobs', data: { processing: true }, id: jobId })
      await recoverInterruptedImports(b.payload)
      await releaseInterruptedJobs(b.payload)
    }
    const batch = await dryRun('managerA1', await xlsx(rows('KILL', 2)))
    const job = await b.payload.jobs.queue({ input: { batch: String(batch.id) }, queue: 'imports', task: 'importActivities' })
    await crash(batch.id, job.id)
    expect((await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })).status).toBe('queued')
    const released = await b.payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect([released.processing, released.hasError]).toEqual([false, false])
    expect(await importedBy(batch.id)).toHaveLength(0)

    // cut off a second time: given up, the batch says so, nothing of it written
    await crash(batch.id, job.id)
    const after = await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })
    expect(after.status).toBe('failed')
    expect(after.error).toContain('未写入')
    const j = await b.payload.findByID({ collection: 'payload-jobs', id: job.id })
    expect([j.processing, j.hasError]).toEqual([false, true])
    expect(await importedBy(batch.id)).toHaveLength(0)

    // a commit that ran inside a request (no job) cannot run again by itself
    const inline = await dryRun('managerA1', await xlsx(rows('INLINE', 2)))
    await b.payload.update({ collection: 'import-batches', data: { status: 'running' }, id: inline.id })
    expect(await recoverInterruptedImports(b.payload)).toBe(1)
    expect((await b.payload.findByID({ collection: 'import-batches', depth: 0, id: inline.id })).status).toBe('failed')
  })

  it('refuses a bad file as a whole, writing nothing — not even a batch', async () => {
    const before = (await b.payload.count({ collection: 'import-batches' })).totalDocs
    const refused = async (data: Buffer) => {
      try {
        await dryRun('managerA1', data)
      } catch (e) {
        if (e instanceof ImportFileError) return [e.status, e.message] as const
        throw e
      }
      return [200, ''] as const
    }
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    expect(await refused(png)).toEqual([415, expect.stringContaining('不是 XLSX')])
    expect(await refused(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual([415, expect.stringContaining('.xls')])
    expect(await refused(Buffer.alloc(0))).toEqual([400, expect.stringContaining('没有数据')])
    expect(await refused(await xlsx([['a', 'b', 'c']], ['甲', '乙', '丙']))).toEqual([400, expect.stringContaining('未找到表头')])
    expect(await refused(await xlsx([], ['机构代码', '活动日期', '活动地点']))).toEqual([400, expect.stringContaining('活动类型')])
    expect(await refused(await xlsx([]))).toEqual([400, expect.stringContaining('没有数据行')])
    const tooMany = Buffer.from(`机构代码,活动日期,活动类型,活动主题\n${'A1-O1,2026-10-08,厅堂宣传,x\n'.repeat(50_001)}`)
    expect(await refused(tooMany)).toEqual([413, expect.stringContaining('50000')])
    expect((await b.payload.count({ collection: 'import-batches' })).totalDocs).toBe(before)
  })
})
