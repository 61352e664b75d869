/**
 * Several app instances and one jobs worker on one PostgreSQL database, each
 * its own process, as production runs them: two web instances started with
 * JOBS=off (they never run a job) and `scripts/worker.ts`. From both
 * instances at once: 100 submissions, two report generations of one month,
 * two imports of different files (run by the worker), and a month lock racing
 * saves. Nothing lost or doubled, every job once, one draft report per key,
 * and the lock wins or loses cleanly. Uploads go to one S3-compatible bucket
 * (an S3 server in this process) as in production: the worker reads the
 * import files this process stored, no file is written to MEDIA_DIR. Runs under `npm run test:postgres`
 * (SQLite is served by one process by design: see src/writeLock.ts).
 */
import { type ChildProcess, spawn } from 'node:child_process'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { verifyAuditLog } from '../../src/audit/verify'
import { noonInShanghai } from '../../src/domain/dates'
import { checkAndKeep } from '../../src/import/batch'
import { loadShippedTemplates } from '../../src/reports/defaults'
import { verifyRollups } from '../../src/workflow/rollups'
import { type Booted, bootPayload } from '../helpers/boot'
import { onPostgres } from '../helpers/engine'
import { filesOnDisk } from '../helpers/s3'
import { row, xlsx } from '../helpers/sheets'
import { activityData, buildWorld, PASSWORD, type World } from '../helpers/world'

// the bucket exists, and the S3 settings are in the environment, before any module of the product reads it (the imports above) or a child inherits it
const s3 = await vi.hoisted(async () => {
  if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) return null
  const { startS3 } = await import('../helpers/s3')
  const started = await startS3()
  Object.assign(process.env, started.env)
  return started
})

let b: Booted
let w: World
const children: ChildProcess[] = []

/** A process of ours: resolves when it prints `ready`'s pattern. */
const start = (args: string[], env: Record<string, string>, ready: RegExp) =>
  new Promise<{ line: string; proc: ChildProcess }>((resolve, reject) => {
    const proc = spawn(process.execPath, ['--no-deprecation', '--conditions=production', '--import', 'tsx', ...args], { cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    children.push(proc)
    let log = ''
    let up = false
    const seen = (d: Buffer) => {
      // once ready, what a process says (warnings and errors: LOG_LEVEL) goes to the test's output, named
      if (up) return void process.stderr.write(`[${args[0]} ${proc.pid}] ${String(d)}`)
      log += String(d)
      const m = log.match(ready)
      if (m) {
        up = true
        resolve({ line: m[0], proc })
      }
    }
    proc.stdout!.on('data', seen)
    proc.stderr!.on('data', seen)
    proc.on('exit', (code) => reject(new Error(`${args.join(' ')} exited (${code}) before it was ready:\n${log.slice(-2000)}`)))
  })

const web: string[] = []
const tokens: Record<string, string> = {}

const call = async (instance: number, who: string, method: string, url: string, body?: unknown) => {
  const res = await fetch(`${web[instance]}${url}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { Authorization: `JWT ${tokens[who]}`, 'Content-Type': 'application/json' },
    method,
  })
  const text = await res.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    json = { text }
  }
  return { body: json, status: res.status }
}

describe.runIf(onPostgres)('two web instances and a worker on one PostgreSQL database', { timeout: 240_000 }, () => {
  beforeAll(async () => {
    b = await bootPayload()
    w = await buildWorld(b.payload)
    await loadShippedTemplates(b.payload)
    for (let i = 0; i < 2; i++) {
      const { line } = await start(['tests/helpers/serveProcess.ts'], { JOBS: 'off' }, /listening (\d+)/)
      web.push(`http://127.0.0.1:${line.split(' ')[1]}`)
    }
    await start(['scripts/worker.ts'], { WORKER_POLL_SECONDS: '1' }, /worker: running queues/)
    for (const who of ['staffA1O1', 'staffA1O1b', 'staffB1O1', 'compliance', 'managerA1']) {
      const res = await fetch(`${web[0]}/api/users/login`, { body: JSON.stringify({ email: w.users[who]!.email, password: PASSWORD }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
      tokens[who] = ((await res.json()) as { token: string }).token
    }
  }, 120_000)

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM')
    await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)))
    await b?.cleanup()
    await s3?.close()
  })

  it('100 submissions at once, half through each instance, into one bucket: each saved once, the totals exact', async () => {
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        call(i % 2, i % 4 < 2 ? 'staffA1O1' : 'staffA1O1b', 'POST', '/api/activities', {
          ...activityData(w, 'A1-O1', { date: noonInShanghai('2026-10-15'), reach: [{ audience: 'public', channel: 'offline', count: 7 }], title: `并发提交 ${i}`, type: 'lobby' }),
          status: 'submitted',
        }),
      ),
    )
    expect(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)).toEqual([])
    const saved = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, where: { title: { like: '并发提交' } } })
    expect(saved.docs).toHaveLength(100)
    expect(new Set(saved.docs.map((d) => d.title)).size).toBe(100)
    expect(saved.docs.every((d) => d.status === 'submitted')).toBe(true)
    // the rollup of that one bucket was recomputed by 100 transactions on two instances: it equals the records
    expect(await verifyRollups(b.payload)).toEqual([])
  })

  it('60 submissions at once into two outlets: every audit entry numbered once, the chain whole', async () => {
    const before = await verifyAuditLog(b.payload)
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => {
        const [outlet, who] = Math.floor(i / 2) % 2 === 0 ? ['A1-O2', 'managerA1'] : ['B1-O1', 'staffB1O1']
        return call(i % 2, who, 'POST', '/api/activities', {
          ...activityData(w, outlet, { date: noonInShanghai('2026-10-16'), reach: [{ audience: 'public', channel: 'offline', count: 3 }], title: `审计链 ${i}`, type: 'lobby' }),
          status: 'submitted',
        })
      }),
    )
    expect(results.filter((r) => r.status !== 201).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)).toEqual([])
    // each submission is a decision the log records: 60 more entries, numbered without a gap or a twin, each naming the one before
    const after = await verifyAuditLog(b.payload)
    expect(after.problem).toBeNull()
    expect(after.entries - before.entries).toBe(60)
  })

  it('two generations of the same month’s report at once: one draft, the other told so or given the same', async () => {
    const [x, y] = await Promise.all([0, 1].map((i) => call(i, 'compliance', 'POST', '/api/reports/generate', { campaign: w.campaign.id, month: '2026-10' })))
    expect([x!.status, y!.status].every((s) => s === 201 || s === 409), `${x!.status} ${y!.status}: ${JSON.stringify([x!.body, y!.body]).slice(0, 400)}`).toBe(true)
    expect([x!.status, y!.status]).toContain(201)
    const drafts = await b.payload.find({ collection: 'reports', depth: 0, where: { and: [{ campaign: { equals: w.campaign.id } }, { month: { equals: '2026-10' } }, { status: { equals: 'draft' } }] } })
    expect(drafts.totalDocs).toBe(1)
    // its files were written by an instance into the bucket, where every process finds them
    const files = (drafts.docs[0]!.files ?? []).map((f) => (typeof f === 'object' ? f.id : f))
    const stored = await b.payload.find({ collection: 'report-files', depth: 0, where: { id: { in: files } } })
    expect(stored.docs.length).toBeGreaterThan(0)
    const inBucket = await s3!.keys(`${s3!.prefix}/reports/`)
    for (const f of stored.docs) expect(inBucket).toContain(`${s3!.prefix}/reports/${f.filename}`)
  })

  it('two imports of different files committed through both instances: the worker runs each job once, every row once', async () => {
    const batchFor = async (prefix: string, outlet: string) => {
      const req = await createLocalReq({ user: { ...w.users.managerA1!, collection: 'users' } as never }, b.payload)
      const rows = Array.from({ length: 1010 }, (_, i) => row(`${prefix}-${i}`, outlet, '2026-10-11'))
      return checkAndKeep(req, w.campaign, { data: await xlsx(rows), mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', name: `${prefix}.xlsx` })
    }
    const batches = [await batchFor('INST1', 'A1-O1'), await batchFor('INST2', 'A1-O2')]
    // this process stored the files in the bucket; the worker, another process, reads them from there
    expect(await s3!.keys(`${s3!.prefix}/imports/`)).toEqual(expect.arrayContaining(batches.map((x) => `${s3!.prefix}/imports/${x.filename}`)))
    const queued = await Promise.all(batches.map((batch, i) => call(i, 'managerA1', 'POST', `/api/activities/import/${batch.id}/commit`)))
    expect(queued.map((q) => q.status)).toEqual([202, 202])
    const deadline = Date.now() + 180_000
    for (;;) {
      const now = await Promise.all(batches.map((batch) => b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })))
      const states = now.map((n) => n.status)
      if (states.every((s) => s === 'committed')) break
      if (states.some((s) => s === 'failed' || s === 'has-errors') || Date.now() > deadline) {
        throw new Error(`imports ended as ${states.join(', ')}: ${now.map((n) => n.error ?? JSON.stringify(n.problems ?? []).slice(0, 300)).join(' | ')}`)
      }
      await new Promise((r) => setTimeout(r, 500))
    }
    for (const batch of batches) {
      expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batch.id } } })).totalDocs).toBe(1010)
    }
    // each job ran once: one commit recorded per batch (Payload deletes a job once it completed), none left queued or failed
    for (const batch of batches) {
      const commits = await b.payload.count({ collection: 'audit-log', where: { and: [{ action: { equals: 'import-committed' } }, { targetId: { equals: String(batch.id) } }] } })
      expect(commits.totalDocs, `commits of batch ${batch.id}`).toBe(1)
    }
    expect(filesOnDisk()).toEqual([])
    const left = await b.payload.find({ collection: 'payload-jobs', depth: 0, where: { taskSlug: { equals: 'importActivities' } } })
    expect(left.docs.map((j) => ({ error: j.hasError, processing: j.processing }))).toEqual([])
    expect(await verifyRollups(b.payload)).toEqual([])
  })

  it('a month lock racing saves from both instances: every save committed before it or refused after, none half-done', async () => {
    const save = (i: number) =>
      call(i % 2, 'staffB1O1', 'POST', '/api/activities', {
        ...activityData(w, 'B1-O1', { date: noonInShanghai('2026-10-21'), reach: [{ audience: 'public', channel: 'offline', count: 2 }], title: `锁月竞争 ${i}`, type: 'lobby' }),
        status: 'submitted',
      })
    const early = Array.from({ length: 20 }, (_, i) => save(i))
    const lock = call(1, 'compliance', 'POST', '/api/month-locks', { campaign: w.campaign.id, month: '2026-10', reason: '月末封账' })
    const during = Array.from({ length: 20 }, (_, i) => save(20 + i))
    const locked = await lock
    expect(locked.status, JSON.stringify(locked.body).slice(0, 300)).toBe(201)
    const after = await Promise.all(Array.from({ length: 10 }, (_, i) => save(40 + i)))
    const raced = await Promise.all([...early, ...during])
    // nothing but a save or a refusal: no deadlock, no 500
    expect(raced.filter((r) => r.status !== 201 && r.status !== 423).map((r) => `${r.status} ${JSON.stringify(r.body).slice(0, 200)}`)).toEqual([])
    expect(after.map((r) => r.status)).toEqual(Array(10).fill(423))
    const kept = await b.payload.find({ collection: 'activities', depth: 0, limit: 0, pagination: false, where: { title: { like: '锁月竞争' } } })
    expect(kept.docs.length, 'records in the database = saves answered 201').toBe(raced.filter((r) => r.status === 201).length)
    expect(await verifyRollups(b.payload)).toEqual([])
  })
})
