/**
 * The committed SQLite migrations, applied in order to a real file, with
 * data written between them in the previous schema: nothing is lost, and the
 * materials that were live before drafts existed come out published.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import { afterAll, describe, expect, it } from 'vitest'

import { migrations } from '../../src/migrations'

const dir = mkdtempSync(path.join(tmpdir(), 'afc-migrate-'))
const client = createClient({ url: `file:${path.join(dir, 'm.db')}` })
const db = drizzle(client)
afterAll(() => {
  client.close()
  rmSync(dir, { force: true, recursive: true })
})

type Up = (args: { db: unknown; payload: unknown; req: unknown }) => Promise<void>
const run = (name: string, dir: 'down' | 'up') => (migrations.find((m) => m.name === name)![dir] as unknown as Up)({ db, payload: {}, req: {} })
const rows = async (q: string) => (await client.execute(q)).rows

describe('migrations', () => {
  it('apply in order over existing data, and the last one rolls back', async () => {
    const names = migrations.map((m) => m.name)
    const publishing = names.indexOf('20261127_141055_publishing')
    expect(publishing).toBeGreaterThan(0)
    for (const name of names.slice(0, publishing)) await run(name, 'up')

    // a material as the earlier schema stored it, in use by a branch's record
    await db.run(sql`INSERT INTO materials (id, code, kind, slug) VALUES (1, 'LEAFLET-OLD', 'leaflet', 'leaflet-old')`)
    await db.run(sql`INSERT INTO materials_locales (title, summary, _locale, _parent_id) VALUES ('旧折页', '旧简介', 'zh', 1), ('Old leaflet', NULL, 'en', 1)`)

    for (const name of names.slice(publishing)) await run(name, 'up')
    const [m] = await rows('SELECT code, slug, _status, published_at FROM materials WHERE id = 1')
    expect(m).toMatchObject({ _status: 'published', code: 'LEAFLET-OLD', slug: 'leaflet-old' })
    expect(m!.published_at).toBeTruthy()
    const locales = await rows('SELECT _locale, title, summary FROM materials_locales WHERE _parent_id = 1 ORDER BY _locale')
    expect(locales.map((r) => [r._locale, r.title, r.summary])).toEqual([
      ['en', 'Old leaflet', null],
      ['zh', '旧折页', '旧简介'],
    ])

    for (const name of [...names.slice(publishing)].reverse()) await run(name, 'down')
    const [back] = await rows('SELECT code, slug FROM materials WHERE id = 1')
    expect(back).toMatchObject({ code: 'LEAFLET-OLD', slug: 'leaflet-old' })
  })
})
