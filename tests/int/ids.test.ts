import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { configToJSONSchema } from 'payload'
import { generateTypes } from 'payload/node'
import { expect, it } from 'vitest'

import configPromise from '../../payload.config'
import { idOf, sameId } from '../../src/ids'

const root = path.resolve(__dirname, '../..')

/** Every `oneOf` member that is a relationship's id (beside a `$ref` to the related collection). */
const relationIdTypes = (node: unknown, out: unknown[] = []): unknown[] => {
  if (Array.isArray(node)) node.forEach((n) => relationIdTypes(n, out))
  else if (node && typeof node === 'object') {
    const o = node as { oneOf?: Array<Record<string, unknown>> }
    if (Array.isArray(o.oneOf) && o.oneOf.some((m) => typeof m.$ref === 'string')) for (const m of o.oneOf) if (!('$ref' in m) && Object.keys(m).length === 1) out.push(m.type)
    Object.values(node).forEach((v) => relationIdTypes(v, out))
  }
  return out
}

it('the generated types give every id and relationship number | string, whichever engine they were generated with', async () => {
  const config = await configPromise
  const i18n = await initI18n({ config: config.i18n, context: 'api', language: 'en' })
  for (const idType of ['number', 'text'] as const) {
    const schema = configToJSONSchema(config, idType, i18n)
    for (const c of config.collections) expect([c.slug, schema.definitions?.[c.slug]?.properties?.id?.type]).toEqual([c.slug, ['number', 'string']])
    const relations = relationIdTypes(schema.definitions)
    expect(relations.length).toBeGreaterThan(30)
    for (const t of relations) expect(t === 'number' || t === 'string' || (Array.isArray(t) && t.length < 2)).toBe(false)
  }
})

it('src/payload-types.ts is what the config generates now (run npm run generate:types after changing a collection)', async () => {
  const config = await configPromise
  const dir = await mkdtemp(path.join(tmpdir(), 'afc-types-'))
  const out = path.join(dir, 'payload-types.ts')
  process.env.PAYLOAD_TS_OUTPUT_PATH = out
  try {
    await generateTypes(config, { log: false })
    const [fresh, committed] = await Promise.all([readFile(out, 'utf8'), readFile(path.join(root, 'src/payload-types.ts'), 'utf8')])
    expect(fresh === committed, 'src/payload-types.ts is stale: npm run generate:types').toBe(true)
    expect(committed).not.toMatch(/\bid: number;/)
  } finally {
    delete process.env.PAYLOAD_TS_OUTPUT_PATH
    await rm(dir, { force: true, recursive: true })
  }
})

it('ids compare by value whether an engine gave numbers or strings, populated or not', () => {
  expect(sameId(7, '7')).toBe(true)
  expect(sameId({ id: '65f0c0ffee' }, '65f0c0ffee')).toBe(true)
  expect(sameId(7, 8)).toBe(false)
  expect(sameId(null, null)).toBe(false)
  expect(idOf({ id: 'abc' })).toBe('abc')
  expect(idOf(undefined)).toBe(null)
})
