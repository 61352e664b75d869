/**
 * Runs before every int/http test file is imported: a fresh temporary folder
 * for the database and uploads, so that a module reading the environment at
 * import time (the config, collections) never sees the real data/ folder.
 * Under `npm run test:postgres` (AFC_TEST_POSTGRES = the throwaway server's
 * address) the file gets a fresh PostgreSQL database of its own instead of a
 * SQLite file.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

const dir = mkdtempSync(path.join(tmpdir(), 'afc-test-'))
process.env.AFC_TEST_DIR = dir
process.env.MEDIA_DIR = path.join(dir, 'media')
const server = process.env.AFC_TEST_POSTGRES
if (server) {
  const name = `afc_${path.basename(dir).replace(/[^a-z0-9]/gi, '').toLowerCase()}`
  const client = new pg.Client({ connectionString: `${server}/postgres` })
  await client.connect()
  await client.query(`CREATE DATABASE "${name}"`)
  await client.end()
  process.env.DATABASE_URL = `${server}/${name}`
} else {
  process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
}
