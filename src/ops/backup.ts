/**
 * Backup and restore of the embedded SQLite database and the uploads.
 *
 * A backup is a folder: `campaigns.db` (a consistent snapshot taken with
 * `VACUUM INTO` while the server keeps serving: one read transaction, so a
 * save that commits meanwhile is either wholly in it or not at all), `files/`
 * (every upload the snapshot refers to: evidence photos and their sizes,
 * material files, report files) and `manifest.json` (row counts of every
 * table, the campaign totals, and the size and SHA-256 of every file). A
 * restore checks every checksum first, refuses to overwrite a database that
 * holds data unless forced, copies, and checks the counts and totals of what
 * it wrote against the manifest.
 */
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { z } from 'zod'

const DB_FILE = 'campaigns.db'
const FILES = 'files'
const MANIFEST = 'manifest.json'

const manifestSchema = z.object({
  createdAt: z.string(),
  database: z.object({ bytes: z.number(), file: z.string(), sha256: z.string() }),
  files: z.array(z.object({ bytes: z.number(), path: z.string(), sha256: z.string() })),
  format: z.literal(1),
  tables: z.record(z.string(), z.number()),
  totals: z.record(z.string(), z.number()),
})
export type Manifest = z.infer<typeof manifestSchema>

export class BackupError extends Error {}

const sha256 = (file: string) =>
  new Promise<string>((resolve, reject) => {
    const hash = createHash('sha256')
    createReadStream(file)
      .on('data', (c) => hash.update(c))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject)
  })

const open = (file: string) => createClient({ url: `file:${file}` })
type Client = ReturnType<typeof open>
const q = (name: string) => `"${name.replaceAll('"', '""')}"`

const tableCounts = async (db: Client) => {
  const tables = (await db.execute(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)).rows.map((r) => String(r.name))
  const out: Record<string, number> = {}
  for (const t of tables) out[t] = Number((await db.execute(`SELECT count(*) AS n FROM ${q(t)}`)).rows[0]!.n)
  return out
}

/** What reports add up, recomputed from the records themselves (approved ones, as reports count them). */
const totalsOf = async (db: Client): Promise<Record<string, number>> => {
  const one = async (text: string) => Number((await db.execute(text)).rows[0]?.n ?? 0)
  const has = async (t: string) => (await db.execute({ args: [t], sql: `SELECT 1 FROM sqlite_master WHERE name = ?` })).rows.length > 0
  if (!(await has('activities'))) return {}
  return {
    approvedRecords: await one(`SELECT count(*) AS n FROM activities WHERE status = 'approved'`),
    leaflets: await one(`SELECT coalesce(sum(l.quantity), 0) AS n FROM activities_leaflets l JOIN activities a ON a.id = l._parent_id WHERE a.status = 'approved'`),
    lossesAvoided: await one(`SELECT coalesce(sum(interception_losses_avoided), 0) AS n FROM activities WHERE status = 'approved'`),
    people: await one(`SELECT coalesce(sum(r.count), 0) AS n FROM activities_reach r JOIN activities a ON a.id = r._parent_id WHERE a.status = 'approved'`),
    records: await one(`SELECT count(*) AS n FROM activities`),
  }
}

/** Upload files the database refers to, relative to the media folder. */
const referencedFiles = async (db: Client): Promise<string[]> => {
  const files = new Set<string>()
  const columns = async (t: string) => (await db.execute(`PRAGMA table_info(${q(t)})`)).rows.map((r) => String(r.name))
  for (const [table, dir] of [['media', ''], ['report_files', 'reports']] as const) {
    const cols = (await columns(table)).filter((c) => c === 'filename' || /^sizes_.+_filename$/.test(c))
    if (cols.length === 0) continue
    for (const row of (await db.execute(`SELECT ${cols.map(q).join(', ')} FROM ${q(table)}`)).rows) {
      for (const c of cols) if (typeof row[c] === 'string' && row[c]) files.add(path.posix.join(dir, String(row[c])))
    }
  }
  return [...files].sort()
}

const inside = (root: string, rel: string) => {
  const full = path.resolve(root, rel)
  if (!full.startsWith(path.resolve(root) + path.sep)) throw new BackupError(`a file path leaves its folder: ${rel}`)
  return full
}

export type BackupArgs = { dbFile: string; mediaDir: string; out: string }

export const backup = async ({ dbFile, mediaDir, out }: BackupArgs): Promise<Manifest> => {
  if (!existsSync(dbFile)) throw new BackupError(`no database at ${dbFile}`)
  if (existsSync(path.join(out, MANIFEST))) throw new BackupError(`${out} already holds a backup; choose an empty folder`)
  await mkdir(path.join(out, FILES), { recursive: true })
  const snapshot = path.join(out, DB_FILE)
  const live = open(dbFile)
  try {
    // a writer holding the lock for a moment is waited for, not an error
    await live.execute('PRAGMA busy_timeout = 30000')
    await live.execute({ args: [snapshot], sql: 'VACUUM INTO ?' })
  } finally {
    live.close()
  }
  const db = open(snapshot)
  try {
    const files: Manifest['files'] = []
    const missing: string[] = []
    for (const rel of await referencedFiles(db)) {
      const from = inside(mediaDir, rel)
      if (!existsSync(from)) {
        missing.push(rel)
        continue
      }
      const to = inside(path.join(out, FILES), rel)
      await mkdir(path.dirname(to), { recursive: true })
      await copyFile(from, to)
      files.push({ bytes: (await stat(to)).size, path: rel, sha256: await sha256(to) })
    }
    if (missing.length > 0) throw new BackupError(`${missing.length} upload(s) the database refers to are missing from ${mediaDir}: ${missing.slice(0, 5).join(', ')}`)
    const manifest: Manifest = {
      createdAt: new Date().toISOString(),
      database: { bytes: (await stat(snapshot)).size, file: DB_FILE, sha256: await sha256(snapshot) },
      files,
      format: 1,
      tables: await tableCounts(db),
      totals: await totalsOf(db),
    }
    await writeFile(path.join(out, MANIFEST), JSON.stringify(manifest, null, 2))
    return manifest
  } finally {
    db.close()
  }
}

export type RestoreArgs = { dbFile: string; dir: string; force?: boolean; mediaDir: string }

/** Reads and checks a backup folder: the manifest's shape and every checksum. */
export const verifyBackup = async (dir: string): Promise<Manifest> => {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path.join(dir, MANIFEST), 'utf8'))
  } catch {
    throw new BackupError(`${dir} holds no readable ${MANIFEST}: not a backup folder`)
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) throw new BackupError(`${MANIFEST} is not a backup manifest: ${parsed.error.issues[0]?.message}`)
  const m = parsed.data
  const check = async (file: string, expected: { bytes: number; sha256: string }, label: string) => {
    if (!existsSync(file)) throw new BackupError(`${label} is missing from the backup`)
    if ((await stat(file)).size !== expected.bytes || (await sha256(file)) !== expected.sha256) throw new BackupError(`${label} does not match its checksum: the backup is damaged`)
  }
  await check(inside(dir, m.database.file), m.database, m.database.file)
  for (const f of m.files) await check(inside(path.join(dir, FILES), f.path), f, `${FILES}/${f.path}`)
  return m
}

const holdsData = async (dbFile: string) => {
  if (!existsSync(dbFile) || (await stat(dbFile)).size === 0) return false
  const db = open(dbFile)
  try {
    const counts = await tableCounts(db)
    return Object.entries(counts).some(([t, n]) => n > 0 && t !== 'payload_migrations')
  } finally {
    db.close()
  }
}

export const restore = async ({ dbFile, dir, force = false, mediaDir }: RestoreArgs): Promise<Manifest> => {
  const m = await verifyBackup(dir)
  if (!force && (await holdsData(dbFile))) {
    throw new BackupError(`${dbFile} already holds data; stop the server and run restore again with --force to replace it`)
  }
  await mkdir(path.dirname(dbFile), { recursive: true })
  const temp = `${dbFile}.restoring`
  await copyFile(path.join(dir, m.database.file), temp)
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${dbFile}${suffix}`, { force: true })
  await rename(temp, dbFile)
  for (const f of m.files) {
    const to = inside(mediaDir, f.path)
    await mkdir(path.dirname(to), { recursive: true })
    await copyFile(inside(path.join(dir, FILES), f.path), to)
  }
  const db = open(dbFile)
  try {
    const [tables, totals] = [await tableCounts(db), await totalsOf(db)]
    const differs = [...Object.entries(m.tables).filter(([t, n]) => tables[t] !== n), ...Object.entries(m.totals).filter(([k, v]) => totals[k] !== v)]
    if (differs.length > 0) throw new BackupError(`the restored database differs from the manifest: ${differs.map(([k]) => k).join(', ')}`)
  } finally {
    db.close()
  }
  return m
}
