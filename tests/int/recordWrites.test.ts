/**
 * The direct writes to an activity (src/workflow/recordWrites.ts) change what
 * their names say and nothing else: leaflets, reach, photos, fraud types,
 * history, interception and every other field read back byte-equal, on the
 * engine this run uses (SQLite under npm test, PostgreSQL under
 * test:postgres). Before the fix, writing the flags through the adapter
 * emptied the record's leaflets, reach and history.
 */
import type { PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { noonInShanghai } from '../../src/domain/dates'
import type { Activity } from '../../src/payload-types'
import { appendRecordHistory, isMainRowScalar, RECORD_COLUMNS, setRecordColumns, setRecordFlags } from '../../src/workflow/recordWrites'
import { type Booted, bootPayload } from '../helpers/boot'
import { engineName } from '../helpers/engine'
import { file, lobbyPhoto } from '../helpers/files'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let req: PayloadRequest

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  req = await createLocalReq({}, b.payload)
})
afterAll(async () => {
  await b?.cleanup()
})

/** A record with something in every part the adapter stores apart from the main row. */
const fullRecord = async (): Promise<Activity> => {
  const photos = [
    await b.payload.create({ collection: 'media', data: { alt: '一' }, file: file(await lobbyPhoto(71), 'a.jpg', 'image/jpeg'), user: w.users.staffA1O1 }),
    await b.payload.create({ collection: 'media', data: { alt: '二' }, file: file(await lobbyPhoto(72), 'b.jpg', 'image/jpeg'), user: w.users.staffA1O1 }),
  ]
  const rec = await b.payload.create({
    collection: 'activities',
    data: {
      branch: w.branches['A1-O1']!.id,
      campaign: w.campaign.id,
      date: noonInShanghai('2026-10-12'),
      fraudTypes: ['police-impersonation', 'phone-bill'],
      interception: { lossesAvoided: 123456.78, suspectsCaught: 1, transactionsStopped: 3 },
      leaflets: [
        { material: w.materials[0]!.id, quantity: 50 },
        { material: w.materials[1]!.id, quantity: 7 },
      ],
      location: '营业厅',
      photos: photos.map((p) => p.id),
      reach: [
        { audience: 'elderly', channel: 'offline', count: 40 },
        { audience: 'students', channel: 'online', count: 12 },
      ],
      title: '全字段记录',
      type: 'interception',
    },
    overrideAccess: false,
    user: w.users.staffA1O1,
  })
  // a history entry of its own, through the normal path
  await b.payload.update({ collection: 'activities', data: { status: 'submitted' }, id: rec.id, overrideAccess: false, user: w.users.staffA1O1 })
  return rec
}

const read = (id: number | string) => b.payload.findByID({ collection: 'activities', depth: 0, id, overrideAccess: true })
const without = (doc: Activity, keys: string[]) => JSON.stringify(Object.fromEntries(Object.entries(doc).filter(([k]) => !keys.includes(k))))

describe(`direct writes to a record (${engineName})`, () => {
  it('the columns it may write are main-row scalars of the collection', () => {
    const fields = b.payload.collections.activities.config.flattenedFields
    for (const c of RECORD_COLUMNS) expect(isMainRowScalar(fields.find((f) => f.name === c)), c).toBe(true)
    for (const c of ['flags', 'leaflets', 'photos', 'history', 'fraudTypes', 'interception']) expect(isMainRowScalar(fields.find((f) => f.name === c)), c).toBe(false)
  })

  it('setRecordFlags changes the flags and their time alone', async () => {
    const rec = await fullRecord()
    const before = await read(rec.id)
    expect(before.leaflets).toHaveLength(2)
    expect(before.history?.length).toBeGreaterThan(0)
    await setRecordFlags(req, rec.id, ['duplicate-photo'], '2026-10-13T01:02:03.000Z')
    const flagged = await read(rec.id)
    expect(flagged.flags).toEqual(['duplicate-photo'])
    expect(flagged.flaggedAt).toBe('2026-10-13T01:02:03.000Z')
    expect(without(flagged, ['flags', 'flaggedAt'])).toBe(without(before, ['flags', 'flaggedAt']))
    await setRecordFlags(req, rec.id, [], null)
    const cleared = await read(rec.id)
    expect(cleared.flags ?? []).toEqual([])
    expect(cleared.flaggedAt ?? null).toBeNull()
    expect(without(cleared, ['flags', 'flaggedAt'])).toBe(without(before, ['flags', 'flaggedAt']))
  })

  it('setRecordColumns and appendRecordHistory change the status, reason and history alone', async () => {
    const rec = await fullRecord()
    const before = await read(rec.id)
    const at = '2026-10-14T02:00:00.000Z'
    await setRecordColumns(req, rec.id, { returnReason: '照片不清晰', status: 'returned', updatedAt: at })
    await appendRecordHistory(req, rec.id, before.history, { at, by: w.users.compliance!.id, from: 'submitted', reason: '照片不清晰', to: 'returned' })
    const after = await read(rec.id)
    expect(after.status).toBe('returned')
    expect(after.returnReason).toBe('照片不清晰')
    expect(after.history).toHaveLength(before.history!.length + 1)
    expect(JSON.stringify(after.history!.slice(0, -1))).toBe(JSON.stringify(before.history))
    expect(after.history!.at(-1)).toMatchObject({ by: w.users.compliance!.id, from: 'submitted', reason: '照片不清晰', to: 'returned' })
    expect(without(after, ['status', 'returnReason', 'updatedAt', 'history'])).toBe(without(before, ['status', 'returnReason', 'updatedAt', 'history']))
  })

  it('refuses a column that is not a main-row scalar, writing nothing', async () => {
    const rec = await fullRecord()
    const before = await read(rec.id)
    await expect(setRecordColumns(req, rec.id, { leaflets: [] } as never)).rejects.toThrow(/leaflets/)
    expect(JSON.stringify(await read(rec.id))).toBe(JSON.stringify(before))
  })
})
