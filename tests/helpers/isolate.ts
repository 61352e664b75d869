/**
 * Runs before every int/http test file is imported: a fresh temporary folder
 * for the database and uploads, so that a module reading the environment at
 * import time (the config, collections) never sees the real data/ folder.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(tmpdir(), 'afc-test-'))
process.env.AFC_TEST_DIR = dir
process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
