import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')

it('the admin import map holds every component the config names (a missing one renders a blank admin)', () => {
  const importMap = readFileSync(path.join(root, 'src/app/(payload)/admin/importMap.js'), 'utf8')
  const under = (dir: string) => (readdirSync(path.join(root, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f))
  const files = ['payload.config.ts', ...under('collections'), ...under('src').filter((f) => !f.startsWith(path.join('src', 'app')))]
  const named = new Set(files.flatMap((f) => [...readFileSync(path.join(root, f), 'utf8').matchAll(/'(\/src\/admin\/\w+#\w+)'/g)].map((m) => m[1]!)))
  expect(named.size).toBeGreaterThan(8)
  const missing = [...named].filter((p) => !importMap.includes(`"${p}"`))
  expect(missing, 'run npm run generate:importmap').toEqual([])
})

it('holds the S3 storage provider too, though the map is built without a bucket (S3 is turned on at start, not at build)', async () => {
  const { STORAGE_CLIENT_HANDLER } = await import('../../src/storage')
  const importMap = readFileSync(path.join(root, 'src/app/(payload)/admin/importMap.js'), 'utf8')
  expect(importMap).toContain(`"${STORAGE_CLIENT_HANDLER}"`)
})
