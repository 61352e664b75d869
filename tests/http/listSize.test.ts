/**
 * What a list costs over REST: the activities list at Payload's default depth
 * carries its related documents. Each related collection populates what a
 * list shows of it (`defaultPopulate`: id, name or title, code …), not the
 * campaign's rich-text theme and every participating branch, nor the full
 * user behind each photo — so a page's size follows the page, not the data
 * around it. On the demo bank, as a user would read it.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seed } from '../../seed'
import { DEMO_PASSWORD } from '../../seed/bank'
import { noonInShanghai } from '../../src/domain/dates'
import { type Booted, bootPayload } from '../helpers/boot'
import { file, lobbyPhoto } from '../helpers/files'
import { auth, login, startServer } from '../helpers/http'

let b: Booted
let server: Server
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  await seed(b.payload)
  // the demo has no photos: the newest record of the staff member's outlet gets two, as evidence is filed
  const staff = (await b.payload.find({ collection: 'users', where: { email: { equals: 'staff@demo.anxin.cn' } } })).docs[0]!
  const user = { ...staff, collection: 'users' as const }
  const photos = []
  for (const i of [1, 2]) photos.push((await b.payload.create({ collection: 'media', data: { alt: `现场照片 ${i}` }, depth: 0, file: file(await lobbyPhoto(40 + i), `lobby-${i}.jpg`, 'image/jpeg'), overrideAccess: false, user })).id)
  const campaign = (await b.payload.find({ collection: 'campaigns', depth: 0, limit: 1 })).docs[0]!
  await b.payload.create({
    collection: 'activities',
    data: {
      branch: typeof staff.branch === 'object' ? staff.branch!.id : staff.branch!,
      campaign: campaign.id,
      date: noonInShanghai('2026-10-31'),
      photos,
      reach: [{ audience: 'elderly', channel: 'offline', count: 40 }],
      title: '厅堂老年客户防骗提醒',
      type: 'lobby',
    },
    overrideAccess: false,
    user,
  })
  server = startServer(b.config)
  for (const who of ['admin', 'compliance', 'manager', 'staff']) tokens[who] = await login(server, `${who}@demo.anxin.cn`, DEMO_PASSWORD)
}, 180_000)

afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

type Related = Record<string, unknown> & { id: number | string }
type Listed = { branch: Related; campaign: Related; createdBy?: Related | null; leaflets?: Array<{ material: Related }>; photos?: Related[] }

describe('the activities list over REST at the default depth', () => {
  it('is at most 16 kB for 10 records, whoever reads it, and still names what a list shows', async () => {
    for (const who of ['admin', 'compliance', 'manager', 'staff']) {
      const res = await request(server).get('/api/activities?limit=10&sort=-date').set(auth(tokens[who]!))
      expect(res.status).toBe(200)
      const docs = res.body.docs as Listed[]
      expect(docs.length, who).toBeGreaterThan(0)
      const bytes = Buffer.byteLength(res.text)
      console.log(`activities list of 10 read by ${who}: ${(bytes / 1024).toFixed(1)} kB`)
      // 16 kB: the seeded records now carry the history a real one has (submitted, then approved or returned: ~220 bytes a record)
      expect(bytes, `${who}: ${bytes} bytes`).toBeLessThanOrEqual(16 * 1024)
      expect(docs.some((d) => (d.photos ?? []).length === 2), `${who} sees the record with photos`).toBe(true)
      for (const d of docs) {
        expect(d.campaign).toMatchObject({ id: expect.anything(), title: expect.any(String) })
        expect(d.campaign).not.toHaveProperty('theme')
        expect(d.campaign).not.toHaveProperty('participatingBranches')
        expect(d.branch).toMatchObject({ code: expect.any(String), id: expect.anything(), name: expect.any(String) })
        for (const l of d.leaflets ?? []) expect(l.material).toMatchObject({ code: expect.any(String), title: expect.any(String) })
        for (const p of d.photos ?? []) {
          // what a thumbnail needs, not who uploaded it
          expect(p).toMatchObject({ filename: expect.any(String), url: expect.any(String) })
          expect(p).not.toHaveProperty('uploadedBy')
        }
      }
    }
  })

  it('a record read on its own still carries its campaign whole where the form needs it (depth asked for)', async () => {
    const one = (await request(server).get('/api/activities?limit=1').set(auth(tokens.compliance!))).body.docs[0] as Listed
    const full = await request(server).get(`/api/campaigns/${one.campaign.id}`).set(auth(tokens.compliance!))
    expect(full.status).toBe(200)
    expect(full.body.theme).toBeTruthy()
  })
})
