import type { CollectionConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { onPostgres } from '../helpers/engine'

import { Activities } from '../../collections/Activities'
import { AuditLog } from '../../collections/AuditLog'
import { MonthlyReturns } from '../../collections/MonthlyReturns'
import { Branches } from '../../collections/Branches'
import { Campaigns } from '../../collections/Campaigns'
import { ImportBatches } from '../../collections/ImportBatches'
import { Materials } from '../../collections/Materials'
import { Media } from '../../collections/Media'
import { MonthLocks } from '../../collections/MonthLocks'
import { Notifications } from '../../collections/Notifications'
import { ReportFiles } from '../../collections/ReportFiles'
import { Reports } from '../../collections/Reports'
import { ReportTemplates } from '../../collections/ReportTemplates'
import { Rollups } from '../../collections/Rollups'
import { Users } from '../../collections/Users'
import { databaseAdapter } from '../../src/db'
import { type Booted, bootPayload } from '../helpers/boot'

const ours: CollectionConfig[] = [Activities, AuditLog, Branches, Campaigns, ImportBatches, Materials, Media, MonthLocks, MonthlyReturns, Notifications, ReportFiles, Reports, ReportTemplates, Rollups, Users]

let b: Booted
beforeAll(async () => {
  b = await bootPayload()
})
afterAll(async () => b?.cleanup())

describe('no collection keeps Payload’s "any logged-in user" default', () => {
  it('every collection of ours is in the config, and every one in the config is ours or Payload’s own', () => {
    const slugs = b.config.collections.map((c) => c.slug)
    for (const c of ours) expect(slugs).toContain(c.slug)
    const internal = slugs.filter((s) => !ours.some((c) => c.slug === s))
    expect(internal.every((s) => s.startsWith('payload-'))).toBe(true)
  })

  it.each(ours.map((c) => [c.slug, c] as const))('%s declares every operation’s access', (_slug, c) => {
    for (const op of ['create', 'read', 'update', 'delete'] as const) {
      expect(typeof c.access?.[op], `${c.slug}.${op}`).toBe('function')
    }
    if (c.auth) {
      expect(typeof c.access?.unlock).toBe('function')
      expect(typeof c.access?.admin).toBe('function')
    }
    if (c.versions) expect(typeof c.access?.readVersions).toBe('function')
  })

  it('every global declares who reads and who updates it', () => {
    for (const g of b.config.globals) {
      expect(typeof g.access?.read, `${g.slug}.read`).toBe('function')
      expect(typeof g.access?.update, `${g.slug}.update`).toBe('function')
    }
  })

  it('only an administrator may run, queue or cancel jobs over the API', () => {
    const access = b.config.jobs.access
    for (const op of ['run', 'queue', 'cancel'] as const) expect(typeof access?.[op], op).toBe('function')
  })
})

describe('database adapters', () => {
  it.skipIf(onPostgres)('SQLite runs with real transactions, WAL, a busy timeout and never-reused ids', () => {
    const db = b.payload.db as unknown as Record<string, unknown>
    expect(b.payload.db.name).toBe('sqlite')
    expect(db.transactionOptions).toEqual({})
    expect(db.wal).toBeTruthy()
    expect(db.busyTimeout).toBe(5000)
    expect(db.autoIncrement).toBe(true)
  })

  it.runIf(onPostgres)('PostgreSQL runs with real transactions and the pool the environment sets', () => {
    const db = b.payload.db as unknown as { pool: { options: { max: number } }; transactionOptions: unknown }
    expect(b.payload.db.name).toBe('postgres')
    expect(db.transactionOptions).not.toBe(false)
    expect(db.pool.options.max).toBe(10)
  })

  it('a postgres URL selects the PostgreSQL adapter with its pool, TLS and read replicas', async () => {
    const pg = await databaseAdapter({ kind: 'postgres', poolMax: 25, push: false, poolWaitSeconds: 30, replicas: ['postgres://r1/afc', 'postgres://r2/afc'], ssl: 'verify', url: 'postgres://u:p@primary:5432/afc' })
    expect(pg.name).toBe('postgres')
    expect(pg.defaultIDType).toBe('number')
    const a = pg.init({ payload: { config: b.config, logger: b.payload.logger } as never }) as unknown as {
      poolOptions: { connectionString: string; max: number; ssl: { rejectUnauthorized: boolean } }
      readReplicaOptions: string[]
      transactionOptions: unknown
    }
    expect(a.poolOptions).toMatchObject({ connectionString: 'postgres://u:p@primary:5432/afc', connectionTimeoutMillis: 30_000, max: 25, ssl: { rejectUnauthorized: true } })
    expect(a.readReplicaOptions).toEqual(['postgres://r1/afc', 'postgres://r2/afc'])
    const plain = (await databaseAdapter({ kind: 'postgres', poolMax: 10, push: false, poolWaitSeconds: 5, replicas: [], ssl: 'off', url: 'postgres://u@db/afc' })).init({ payload: { config: b.config, logger: b.payload.logger } as never }) as unknown as {
      poolOptions: { ssl: unknown }
      readReplicaOptions: unknown
    }
    expect(plain.poolOptions.ssl).toBeUndefined()
    expect(plain.readReplicaOptions).toBeUndefined()
  })

  it('a mongodb URL selects the MongoDB adapter, with transactions only where asked', async () => {
    const withTx = await databaseAdapter({ kind: 'mongodb', transactions: true, url: 'mongodb://127.0.0.1:1/afc?replicaSet=rs0' })
    const withoutTx = await databaseAdapter({ kind: 'mongodb', transactions: false, url: 'mongodb://127.0.0.1:1/afc' })
    const sqlite = await databaseAdapter({ kind: 'sqlite', push: false, url: 'file:/tmp/x.db' })
    expect(withTx.name).toBe('mongoose')
    expect(withTx.defaultIDType).toBe('text')
    expect(sqlite.name).toBe('sqlite')
    const fake = { config: b.config, logger: b.payload.logger } as never
    const a = withTx.init({ payload: fake }) as unknown as { transactionOptions: unknown; url: string }
    const n = withoutTx.init({ payload: fake }) as unknown as { transactionOptions: unknown }
    expect(a.url).toBe('mongodb://127.0.0.1:1/afc?replicaSet=rs0')
    expect(a.transactionOptions).toEqual({})
    // Payload's mongoose adapter stores `false` as undefined and swaps in a no-op beginTransaction
    expect(n.transactionOptions).toBeUndefined()
  })
})

describe('security defaults', () => {
  it('pins CSRF and CORS to the server URL, uses no outside avatar, limits uploads', () => {
    // no SERVER_URL here: the address follows PORT, on localhost and 127.0.0.1 (Payload appends serverURL to csrf itself); nothing else may be in the list
    expect(new Set(b.config.csrf)).toEqual(new Set(['http://localhost:3000', 'http://127.0.0.1:3000']))
    expect(new Set(b.config.cors as string[])).toEqual(new Set(['http://localhost:3000', 'http://127.0.0.1:3000']))
    // without SERVER_URL, Payload's URLs are relative: they work under whatever name the server is reached by
    expect(b.config.serverURL).toBe('')
    expect(b.config.admin.avatar).toBe('default')
    expect(b.config.upload.limits?.fileSize).toBe(20 * 1024 * 1024)
    expect(b.config.graphQL.disablePlaygroundInProduction).toBe(true)
    const users = b.config.collections.find((c) => c.slug === 'users')!
    // no account lockout (anyone could lock anyone out): sign-ins are throttled by place instead
    expect(users.auth.maxLoginAttempts).toBe(0)
    expect(users.hooks.beforeOperation?.length).toBeGreaterThan(0)
    const media = b.config.collections.find((c) => c.slug === 'media')!
    expect(media.upload.mimeTypes).not.toContain('image/svg+xml')
  })

  it('defaults the admin and API messages to Chinese', () => {
    expect(b.config.i18n.fallbackLanguage).toBe('zh')
    expect(Object.keys(b.config.i18n.supportedLanguages).sort()).toEqual(['en', 'zh'])
    expect(b.config.localization && b.config.localization.defaultLocale).toBe('zh')
  })

  it('counts files to upload in Chinese as a person would say it', async () => {
    const { initI18n } = await import('@payloadcms/translations')
    const i18n = await initI18n({ config: b.config.i18n, context: 'client', language: 'zh' })
    expect(`1 ${i18n.t('upload:fileToUpload')}`).toBe('1 个待上传文件')
    expect(`3 ${i18n.t('upload:filesToUpload')}`).toBe('3 个待上传文件')
  })
})
