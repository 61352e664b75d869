import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { getPayload, type Payload, type SanitizedConfig } from 'payload'

export type Booted = { cleanup: () => Promise<void>; config: SanitizedConfig; dir: string; payload: Payload }

/**
 * Payload on a fresh SQLite file in a temporary folder (uploads go there too),
 * or on a fresh PostgreSQL database under `npm run test:postgres`.
 * Each vitest file runs in its own process, so the environment set here is
 * what the config reads when it is first imported.
 */
export const bootPayload = async (env: Record<string, string> = {}): Promise<Booted> => {
  // tests/helpers/isolate.ts (a setup file) made the folder before anything read the environment
  const dir = process.env.AFC_TEST_DIR ?? (await mkdtemp(path.join(tmpdir(), 'afc-test-')))
  // under test:postgres, isolate.ts gave this file a database of its own
  if (!process.env.AFC_TEST_POSTGRES) process.env.DATABASE_URL = `file:${path.join(dir, 'test.db')}`
  process.env.MEDIA_DIR = path.join(dir, 'media')
  Object.assign(process.env, env)
  const { default: configPromise } = await import('../../payload.config')
  const config = await configPromise
  const payload = await getPayload({ config })
  return {
    cleanup: async () => {
      await payload.destroy()
      await rm(dir, { force: true, recursive: true })
    },
    config,
    dir,
    payload,
  }
}
