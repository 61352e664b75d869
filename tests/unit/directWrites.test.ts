/**
 * Every write that bypasses Payload's operations (the adapter's own
 * updateOne/updateMany/create/delete, drizzle's insert/update/delete, raw SQL
 * that changes rows) lives in a file listed here with the reason it is safe.
 * A new one elsewhere fails this test: a partial adapter update of a record
 * once emptied its leaflets and reach (issue 23), and the place to get such a
 * write right is src/workflow/recordWrites.ts, whose per-engine test proves
 * the rest of the record unchanged.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')

const ALLOWED: Record<string, string> = {
  'src/workflow/recordWrites.ts': 'the helpers: main-row columns, the flag rows and a history row, each proven per engine to leave the rest of a record byte-equal',
  'src/sqlite/rebuildTable.ts': 'migrations only: copies a table into its rebuilt form inside the migration transaction',
  'src/ops/backup.ts': 'reads table counts and makes a snapshot with VACUUM INTO (writes no row of the live database)',
}

const PATTERNS: RegExp[] = [
  /\.db\.(updateOne|updateMany|updateVersion|updateGlobal|create|deleteOne|deleteMany|upsert)\(/,
  /\b(adapter|db)\.(insert|deleteWhere)\(/,
  /\b(drizzle|tx|db)\.(update|insert|delete)\(/,
  /`\s*(INSERT INTO|UPDATE|DELETE FROM)\s/,
]

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    if (statSync(p).isDirectory()) return name === 'migrations' || name === 'node_modules' ? [] : files(p)
    return /\.(ts|tsx|mjs)$/.test(name) ? [p] : []
  })

describe('direct database writes', () => {
  it('live only in the files that say why they are safe', () => {
    const found: string[] = []
    for (const dir of ['src', 'collections', 'scripts', 'seed']) {
      for (const file of files(path.join(root, dir))) {
        const rel = path.relative(root, file)
        if (ALLOWED[rel]) continue
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (/^\s*(\*|\/\/)/.test(line)) return
            if (PATTERNS.some((p) => p.test(line))) found.push(`${rel}:${i + 1}: ${line.trim()}`)
          })
      }
    }
    expect(found).toEqual([])
  })
  it('the list names files that exist', () => {
    for (const rel of Object.keys(ALLOWED)) expect(statSync(path.join(root, rel)).isFile(), rel).toBe(true)
  })
})
