import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { allowedOrigins, databaseFrom, EnvError, parseEnv, storageFrom } from '../../src/env'

describe('environment', () => {
  it('has working defaults for development', () => {
    const e = parseEnv({ NODE_ENV: 'development' })
    expect(e.DATABASE_URL).toBe('file:./data/campaigns.db')
    expect(e.SERVER_URL).toBe('http://localhost:3000')
    expect(databaseFrom(e)).toMatchObject({ kind: 'sqlite' })
    expect(databaseFrom(e).url).toMatch(/^file:\/.*data\/campaigns\.db$/)
  })

  it('serves at the address PORT gives when no public address is set, and only there', () => {
    const derived = parseEnv({ PORT: '3999' })
    expect(derived.SERVER_URL).toBe('http://localhost:3999')
    expect(allowedOrigins({ PORT: '3999' }, derived)).toEqual(['http://localhost:3999', 'http://127.0.0.1:3999'])
    const source = { PORT: '3999', SERVER_URL: 'https://fanzha.example.cn' }
    const set = parseEnv(source)
    expect(set.SERVER_URL).toBe('https://fanzha.example.cn')
    expect(allowedOrigins(source, set)).toEqual(['https://fanzha.example.cn'])
    expect(() => parseEnv({ PORT: '70000' })).toThrowError(/PORT/)
  })

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://db/x' })).toThrowError(/DATABASE_URL: .*file:.*postgres:\/\/.*mongodb:\/\/.*mongodb\+srv:\/\//)
    expect(() => parseEnv({ SMTP_PORT: 'seventy' })).toThrowError(/SMTP_PORT/)
    expect(() => parseEnv({ SERVER_URL: 'ftp://x' })).toThrowError(/SERVER_URL/)
    expect(() => parseEnv({ MAIL_FROM_ADDRESS: 'not an address' })).toThrowError(/MAIL_FROM_ADDRESS/)
    expect(() => parseEnv({ NODE_ENV: 'staging' })).toThrowError(EnvError)
  })

  it('requires a real secret in production only', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrowError(/PAYLOAD_SECRET/)
    expect(() => parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrowError(/PAYLOAD_SECRET/)
    expect(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) }).PAYLOAD_SECRET).toHaveLength(32)
    expect(parseEnv({ NODE_ENV: 'test' }).PAYLOAD_SECRET).toBeUndefined()
  })

  it('selects PostgreSQL with its pool, TLS and read replicas, each checked', () => {
    expect(databaseFrom(parseEnv({ DATABASE_URL: 'postgres://u:p@db:5432/afc' }))).toEqual({ kind: 'postgres', poolMax: 10, poolWaitSeconds: 30, push: true, replicas: [], ssl: 'off', sslCa: undefined, url: 'postgres://u:p@db:5432/afc' })
    const full = parseEnv({ DATABASE_POOL_MAX: '40', DATABASE_REPLICA_URLS: 'postgres://r1/afc, postgresql://r2/afc', DATABASE_SSL: 'require', DATABASE_URL: 'postgresql://db/afc' })
    expect(databaseFrom(full)).toMatchObject({ kind: 'postgres', poolMax: 40, replicas: ['postgres://r1/afc', 'postgresql://r2/afc'], ssl: 'require' })
    expect(() => parseEnv({ DATABASE_POOL_MAX: '0', DATABASE_URL: 'postgres://db/afc' })).toThrowError(/DATABASE_POOL_MAX/)
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: 'mysql://r1', DATABASE_URL: 'postgres://db/afc' })).toThrowError(/DATABASE_REPLICA_URLS/)
    expect(() => parseEnv({ DATABASE_SSL: 'maybe', DATABASE_URL: 'postgres://db/afc' })).toThrowError(/DATABASE_SSL/)
    expect(() => parseEnv({ DATABASE_SSL: 'verify', DATABASE_SSL_CA: '/nonexistent/ca.pem', DATABASE_URL: 'postgres://db/afc' })).toThrowError(/DATABASE_SSL_CA: no such file/)
    // settings of one engine given to another are a mistake, not ignored
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: 'postgres://r1/afc' })).toThrowError(/DATABASE_REPLICA_URLS: applies to PostgreSQL only/)
    expect(() => parseEnv({ JOBS: 'sometimes' })).toThrowError(/JOBS/)
  })

  it('selects MongoDB and its transactions from the URL', () => {
    expect(databaseFrom(parseEnv({ DATABASE_URL: 'mongodb://h:27017/afc' }))).toEqual({
      kind: 'mongodb',
      transactions: false,
      url: 'mongodb://h:27017/afc',
    })
    expect(databaseFrom(parseEnv({ DATABASE_URL: 'mongodb://h/afc?replicaSet=rs0' }))).toMatchObject({ transactions: true })
    expect(databaseFrom(parseEnv({ DATABASE_URL: 'mongodb+srv://c.example/afc' }))).toMatchObject({ transactions: true })
    expect(databaseFrom(parseEnv({ DATABASE_URL: 'mongodb://h/afc', MONGODB_TRANSACTIONS: 'true' }))).toMatchObject({
      transactions: true,
    })
  })

  it('keeps uploads in MEDIA_DIR unless a bucket is named, and checks every S3 setting', () => {
    expect(storageFrom(parseEnv({}), '/srv/media')).toEqual({ dir: '/srv/media', kind: 'disk' })
    const s3 = { S3_ACCESS_KEY_ID: 'AK', S3_BUCKET: 'fanzha-media', S3_ENDPOINT: 'https://oss.example.cn', S3_FORCE_PATH_STYLE: 'true', S3_PREFIX: 'prod/a', S3_SECRET_ACCESS_KEY: 'SK' }
    expect(storageFrom(parseEnv(s3), '/srv/media')).toEqual({
      accessKeyId: 'AK',
      bucket: 'fanzha-media',
      endpoint: 'https://oss.example.cn',
      forcePathStyle: true,
      kind: 's3',
      prefix: 'prod/a',
      region: 'us-east-1',
      secretAccessKey: 'SK',
    })
    // half a configuration is refused rather than quietly writing to the disk
    expect(() => parseEnv({ S3_ENDPOINT: 'https://oss.example.cn' })).toThrowError(/S3_BUCKET: is required when S3_ENDPOINT is set/)
    expect(() => parseEnv({ S3_BUCKET: 'fanzha-media' })).toThrowError(/S3_ACCESS_KEY_ID: is required with S3_BUCKET[\s\S]*S3_SECRET_ACCESS_KEY: is required/)
    expect(() => parseEnv({ ...s3, S3_BUCKET: 'Fanzha_Media' })).toThrowError(/S3_BUCKET: a bucket name/)
    expect(() => parseEnv({ ...s3, S3_ENDPOINT: 'oss.example.cn' })).toThrowError(/S3_ENDPOINT/)
    expect(() => parseEnv({ ...s3, S3_FORCE_PATH_STYLE: 'sometimes' })).toThrowError(/S3_FORCE_PATH_STYLE/)
    for (const prefix of ['/prod', 'prod/', 'a//b', 'a/../b', 'a b']) expect(() => parseEnv({ ...s3, S3_PREFIX: prefix }), prefix).toThrowError(/S3_PREFIX/)
  })

  it('stops the process with the message when the environment is bad', () => {
    const root = path.resolve(__dirname, '../..')
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', "await import('./src/env.ts')"], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'mysql://db/x', NODE_ENV: 'development' },
    })
    expect(r.status).toBe(1)
    expect(r.stderr).toMatch(/DATABASE_URL/)
    expect(r.stderr).toMatch(/mongodb\+srv:\/\//)
  })

  it('pushes the schema in development and tests only, never in production or when a read-only script says not to', () => {
    expect(databaseFrom(parseEnv({ NODE_ENV: 'development' }))).toMatchObject({ push: true })
    expect(databaseFrom(parseEnv({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) }))).toMatchObject({ push: false })
    expect(databaseFrom(parseEnv({ NODE_ENV: 'development', SCHEMA_PUSH: 'false' }))).toMatchObject({ push: false })
  })
})
