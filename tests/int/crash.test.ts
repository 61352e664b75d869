/**
 * The server process killed (SIGKILL, as by a power cut or the OOM killer) in
 * the middle of a bulk approval, an import commit (inline and as a job) and a
 * report generation, then started again: nothing is half-written, the rollups
 * equal a recomputation from the records (`npm run rollups:verify`'s check),
 * and a job that was cut off runs again, once. The kill comes from inside the
 * server at a known point (src/crashPoint.ts), so each run tests the same
 * moment.
 */
import { type ChildProcess, spawn } from 'node:child_process'

import { createLocalReq } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import { checkAndKeep } from '../../src/import/batch'
import { loadShippedTemplates } from '../../src/reports/defaults'
import { verifyRollups } from '../../src/workflow/rollups'
import { onPostgres, rawSql } from '../helpers/engine'
import { type Booted, bootPayload } from '../helpers/boot'
import { row, xlsx } from '../helpers/sheets'
import { activityData, buildWorld, PASSWORD, type World } from '../helpers/world'

let b: Booted
let w: World
let child: ChildProcess | null = null

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterEach(() => {
  if (child?.pid && child.exitCode === null && child.signalCode === null) process.kill(-child.pid, 'SIGKILL')
  child = null
})
afterAll(async () => b?.cleanup())

/** The API in its own process (its own Payload, start-up recovery included); `crash` arms a crash point. */
const serve = async (crash?: { after?: number; at: string }) => {
  const env: NodeJS.ProcessEnv = { ...process.env, AFC_CRASH_AFTER: String(crash?.after ?? 1), AFC_CRASH_AT: crash?.at ?? '' }
  const proc = spawn(process.execPath, ['--no-deprecation', '--conditions=production', '--import', 'tsx', 'tests/helpers/serveProcess.ts'], {
    cwd: process.cwd(),
    detached: true,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child = proc
  let log = ''
  proc.stderr!.on('data', (d) => (log += String(d)))
  const port = await new Promise<number>((resolve, reject) => {
    proc.stdout!.on('data', (d) => {
      log += String(d)
      const m = /listening (\d+)/.exec(log)
      if (m) resolve(Number(m[1]))
    })
    proc.on('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${log.slice(-2000)}`)))
  })
  const base = `http://127.0.0.1:${port}`
  const login = async (email: string) => {
    const res = await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email, password: PASSWORD }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
    return ((await res.json()) as { token: string }).token
  }
  const died = new Promise<NodeJS.Signals | null>((resolve) => proc.on('exit', (_code, signal) => resolve(signal)))
  return { base, died, login, stop: () => process.kill(-proc.pid!, 'SIGKILL') }
}

const intact = async () => {
  expect(await verifyRollups(b.payload)).toEqual([])
  // PostgreSQL's own crash recovery (WAL replay) has no SQLite-style file check to run
  if (onPostgres) return
  const check = await rawSql(b.payload.db, 'PRAGMA integrity_check')
  expect(check.map((r) => Object.values(r)[0])).toEqual(['ok'])
}

const batchFor = async (rows: Parameters<typeof xlsx>[0], name: string) => {
  const req = await createLocalReq({ user: { ...w.users.managerA1!, collection: 'users' } as never }, b.payload)
  return checkAndKeep(req, w.campaign, { data: await xlsx(rows), mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name })
}

describe('killed mid-write, started again', { timeout: 180_000 }, () => {
  it('a bulk approval: none of it happened, and the totals agree with the records', async () => {
    const ids: Array<number | string> = []
    for (let i = 0; i < 120; i++) {
      const r = await b.payload.create({
        collection: 'activities',
        data: activityData(w, 'B1-O1', { date: noonInShanghai('2026-10-20'), reach: [{ audience: 'public', channel: 'offline', count: 3 }], status: 'submitted', title: `待批量审核 ${i}`, type: 'lobby' }),
      })
      ids.push(r.id)
    }
    const server = await serve({ after: 60, at: 'activity-saved' })
    const token = await server.login(w.users.compliance!.email)
    const res = await fetch(`${server.base}/api/activities?where[id][in]=${ids.join(',')}`, {
      body: JSON.stringify({ status: 'approved' }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    }).catch((e: unknown) => e)
    expect(res).toBeInstanceOf(Error)
    expect(await server.died).toBe('SIGKILL')
    const after = await b.payload.find({ collection: 'activities', limit: 0, pagination: false, select: { status: true }, where: { id: { in: ids } } })
    expect(new Set(after.docs.map((d) => d.status))).toEqual(new Set(['submitted']))
    await intact()
  })

  it('an inline import commit: no record of it, and the batch is marked failed at the next start', async () => {
    const batch = await batchFor(Array.from({ length: 200 }, (_, i) => row(`CRASH-${i}`, 'A1-O1', '2026-10-09')), 'crash.xlsx')
    const first = await serve({ after: 120, at: 'activity-saved' })
    const token = await first.login(w.users.managerA1!.email)
    await fetch(`${first.base}/api/activities/import/${batch.id}/commit`, { headers: { Authorization: `JWT ${token}` }, method: 'POST' }).catch(() => null)
    expect(await first.died).toBe('SIGKILL')
    // on SQLite the import committed steps (so that others could save meanwhile); none of its rows is in the rollups yet
    const cutOff = (await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batch.id } } })).totalDocs
    expect(cutOff).toBeLessThan(120)

    // the next start takes them back: no record of the batch, and it is marked failed
    const second = await serve()
    expect((await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })).status).toBe('failed')
    expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batch.id } } })).totalDocs).toBe(0)
    second.stop()
    await intact()
  })

  it('an import running as a job: it runs again once after the restart, and its rows exist once', async () => {
    const batch = await batchFor(Array.from({ length: 1050 }, (_, i) => row(`JOB-${i}`, i % 2 ? 'A1-O1' : 'A1-O2', '2026-10-10')), 'job.xlsx')
    const first = await serve({ after: 400, at: 'activity-saved' })
    const token = await first.login(w.users.managerA1!.email)
    const queued = await fetch(`${first.base}/api/activities/import/${batch.id}/commit`, { headers: { Authorization: `JWT ${token}` }, method: 'POST' })
    expect(queued.status).toBe(202)
    expect(await first.died).toBe('SIGKILL')
    expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batch.id } } })).totalDocs).toBeLessThan(400)

    // the next start takes back the steps it committed, puts the batch back in the queue and releases its job
    const second = await serve()
    second.stop()
    await second.died
    expect((await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })).status).toBe('queued')
    expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batch.id } } })).totalDocs).toBe(0)
    await b.payload.jobs.run({ queue: 'imports' })
    await b.payload.jobs.run({ queue: 'imports' })
    expect((await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })).status).toBe('committed')
    expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batch.id } } })).totalDocs).toBe(1050)
    await intact()
  })

  it('a report generation: neither files nor a report are left behind, and generating again makes one draft', async () => {
    await loadShippedTemplates(b.payload)
    const server = await serve({ at: 'report-files-written' })
    const token = await server.login(w.users.compliance!.email)
    const gen = await fetch(`${server.base}/api/reports/generate`, {
      body: JSON.stringify({ campaign: w.campaign.id, formats: ['pdf', 'docx', 'xlsx'], language: 'zh', month: '2026-10' }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    }).catch((e: unknown) => e)
    expect(gen).toBeInstanceOf(Error)
    expect(await server.died).toBe('SIGKILL')
    expect((await b.payload.count({ collection: 'reports' })).totalDocs).toBe(0)
    expect((await b.payload.count({ collection: 'report-files' })).totalDocs).toBe(0)

    const again = await serve()
    const t2 = await again.login(w.users.compliance!.email)
    const ok = await fetch(`${again.base}/api/reports/generate`, {
      body: JSON.stringify({ campaign: w.campaign.id, formats: ['pdf', 'docx', 'xlsx'], language: 'zh', month: '2026-10' }),
      headers: { Authorization: `JWT ${t2}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(ok.status).toBeLessThan(300)
    expect((await b.payload.count({ collection: 'reports' })).totalDocs).toBe(1)
    expect((await b.payload.count({ collection: 'report-files' })).totalDocs).toBe(3)
    await intact()
  })
})
