/**
 * Backup while the product is being written to, restore into a fresh folder,
 * and compare: every row, every upload and every total identical; a damaged
 * backup and a database that holds data are refused. The operator's commands
 * (`npm run backup` / `restore`) are run once as a process, as operators do.
 */
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import { env } from '../../src/env'
import { backup, BackupError, type Manifest, restore } from '../../src/ops/backup'
import { onPostgres } from '../helpers/engine'
import { type Booted, bootPayload } from '../helpers/boot'
import { file, lobbyPhoto } from '../helpers/files'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
const scratch = mkdtempSync(path.join(tmpdir(), 'afc-backup-'))
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => {
  await b?.cleanup()
  rmSync(scratch, { force: true, recursive: true })
})

const dbFile = () => env.database.url.slice('file:'.length)
const rows = async (file: string, sql: string) => {
  const c = createClient({ url: `file:${file}` })
  try {
    return (await c.execute(sql)).rows.map((r) => ({ ...r }))
  } finally {
    c.close()
  }
}
/** `npm run backup|restore -- …` as a separate process (the same environment: this test's database and uploads). */
const runCli = (...args: string[]) =>
  new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/backup.ts', ...args], { cwd: env.projectRoot, env: { ...process.env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += String(d)))
    child.stderr.on('data', (d) => (stderr += String(d)))
    child.on('close', (code) => resolve({ code, stderr, stdout }))
  })
const digest = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex')

describe.skipIf(onPostgres)('backup and restore (SQLite)', () => {
  it('snapshots while saves go on, and restores every record, file and total', async () => {
    const { payload } = b
    for (let i = 0; i < 6; i++) {
      const pic = await payload.create({ collection: 'media', data: { alt: `证据 ${i}` }, file: file(await lobbyPhoto(900 + i), `evidence-${i}.jpg`, 'image/jpeg'), overrideAccess: false, user: w.users.staffA1O1 })
      await payload.create({
        collection: 'activities',
        data: activityData(w, 'A1-O1', {
          date: noonInShanghai('2026-10-0' + (i + 1)),
          leaflets: [{ material: w.materials[0]!.id, quantity: 100 + i }],
          photos: [pic.id],
          reach: [{ audience: 'elderly', channel: 'offline', count: 40 + i }],
          status: 'approved',
          title: `备份前的记录 ${i}`,
          type: 'street',
        }),
      })
    }
    // saves keep coming while the backup runs
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        await payload.create({ collection: 'activities', data: activityData(w, 'A1-O2', { reach: [{ audience: 'public', channel: 'offline', count: 7 }], title: `备份期间 ${written}`, type: 'lobby' }) })
        written++
        // libsql answers synchronously: without a turn of the event loop this loop would never let the backup run
        await new Promise((r) => setImmediate(r))
      }
    })()
    await new Promise((r) => setTimeout(r, 200))
    // the operator's command, in its own process, while this one keeps saving
    const out = path.join(scratch, 'b1')
    const cli = await runCli('backup', '--out', out)
    expect(cli.stderr).toBe('')
    expect(cli.code).toBe(0)
    expect(cli.stdout).toMatch(/Backup written to .*b1/)
    const during = written
    await new Promise((r) => setTimeout(r, 200))
    writing = false
    await writer
    expect(during).toBeGreaterThan(2)
    const m = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Manifest

    // the snapshot is consistent: each record written during it is there whole (its reach row too) or not at all
    const snap = path.join(out, 'campaigns.db')
    const partial = await rows(snap, `SELECT a.id FROM activities a LEFT JOIN activities_reach r ON r._parent_id = a.id WHERE a.title LIKE '备份期间%' AND r.id IS NULL`)
    expect(partial).toEqual([])
    expect(m.totals).toMatchObject({ approvedRecords: 6, leaflets: 615, people: 255 })
    expect(m.files.length).toBeGreaterThanOrEqual(6 * 4) // each photo and its three sizes
    expect(m.tables.activities).toBeGreaterThan(6)

    // restored into a fresh place: identical rows, files and totals
    const target = path.join(scratch, 'restored')
    const restoredDb = path.join(target, 'data', 'campaigns.db')
    await restore({ dbFile: restoredDb, dir: out, mediaDir: path.join(target, 'media') })
    for (const table of ['activities', 'activities_reach', 'activities_leaflets', 'activities_rels', 'media', 'users', 'branches']) {
      expect(await rows(restoredDb, `SELECT * FROM ${table} ORDER BY id`)).toEqual(await rows(snap, `SELECT * FROM ${table} ORDER BY id`))
    }
    const before = await rows(dbFile(), `SELECT id, title, status, updated_at FROM activities WHERE title LIKE '备份前%' ORDER BY id`)
    expect(await rows(restoredDb, `SELECT id, title, status, updated_at FROM activities WHERE title LIKE '备份前%' ORDER BY id`)).toEqual(before)
    for (const f of m.files) expect(digest(path.join(target, 'media', f.path))).toBe(digest(path.join(env.mediaDir, f.path)))

    // a database holding data is only replaced on purpose
    await expect(restore({ dbFile: restoredDb, dir: out, mediaDir: path.join(target, 'media') })).rejects.toThrow(/already holds data.*--force/)
    await restore({ dbFile: restoredDb, dir: out, force: true, mediaDir: path.join(target, 'media') })

    // a damaged backup is refused before anything is written
    const damaged = path.join(out, 'files', m.files[0]!.path)
    writeFileSync(damaged, Buffer.concat([readFileSync(damaged), Buffer.from('x')]))
    const err = await restore({ dbFile: path.join(scratch, 'other', 'x.db'), dir: out, mediaDir: path.join(scratch, 'other', 'media') }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(BackupError)
    expect((err as Error).message).toContain(m.files[0]!.path)
    await expect(backup({ dbFile: dbFile(), mediaDir: env.mediaDir, out })).rejects.toThrow(/already holds a backup/)
  })

  it('says how to call it when the call is wrong', async () => {
    const bad = await runCli('backup')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('usage:')
    const notBackup = await runCli('restore', scratch)
    expect(notBackup.code).toBe(1)
    expect(notBackup.stderr).toContain('not a backup folder')
  })
})

describe.runIf(onPostgres)('backup on PostgreSQL', () => {
  it('points the operator at pg_dump instead of copying a file', async () => {
    const r = await runCli('backup', '--out', path.join(scratch, 'pg'))
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('pg_dump')
  })
})
