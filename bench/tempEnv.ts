/**
 * Imported first by every bench (before the config reads the environment): a
 * temporary database and upload folder, quiet logs, test mode (no crons).
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const benchDir = mkdtempSync(path.join(tmpdir(), 'afc-bench-'))
process.env.DATABASE_URL = `file:${path.join(benchDir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(benchDir, 'media')
Object.assign(process.env, { NODE_ENV: 'test' })
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn'
