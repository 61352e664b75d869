/**
 * The public API for materials: anonymous callers get published materials
 * only, in the locale they ask for, over REST and GraphQL; drafts and
 * unpublished materials stay invisible; every write is refused.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { auth, login, startServer } from '../helpers/http'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server
let published: number | string
let draft: number | string
let unpublished: number | string
let editedDraft: number | string

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  server = startServer(b.config)
  const p = b.payload
  published = (await p.create({ collection: 'materials', data: { _status: 'published', code: 'PUB-1', kind: 'leaflet', summary: '已发布的折页', title: '已发布折页' } })).id
  await p.update({ collection: 'materials', data: { _status: 'published', summary: 'A published leaflet', title: 'Published leaflet' }, id: published, locale: 'en' })
  draft = (await p.create({ collection: 'materials', data: { code: 'DRAFT-1', kind: 'poster', title: '草稿海报' }, draft: true })).id
  unpublished = (await p.create({ collection: 'materials', data: { _status: 'published', code: 'GONE-1', kind: 'poster', title: '已下线海报' } })).id
  await p.update({ collection: 'materials', data: { _status: 'draft' }, id: unpublished })
  editedDraft = (await p.create({ collection: 'materials', data: { _status: 'published', code: 'EDIT-1', kind: 'comic', title: '正式标题' } })).id
  await p.update({ collection: 'materials', data: { title: '尚未发布的新标题' }, draft: true, id: editedDraft })
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const titles = (body: { docs: Array<{ title: string }> }) => body.docs.map((d) => d.title).sort()

describe('anonymous REST', () => {
  it('lists published materials only, in zh by default and in en on request', async () => {
    const zh = await request(server).get('/api/materials?limit=100')
    expect(zh.status).toBe(200)
    expect(titles(zh.body)).toEqual(['反诈海报', '已发布折页', '正式标题', '防范冒充公检法折页'].sort())
    const en = await request(server).get('/api/materials?limit=100&locale=en')
    expect(titles(en.body)).toContain('Published leaflet')
    expect(en.body.docs.find((d: { id: number | string }) => d.id === published).summary).toBe('A published leaflet')
  })

  it('asking for drafts changes nothing', async () => {
    const res = await request(server).get('/api/materials?draft=true&limit=100')
    expect(titles(res.body)).not.toContain('草稿海报')
    expect(titles(res.body)).not.toContain('尚未发布的新标题')
    expect((await request(server).get(`/api/materials/${draft}?draft=true`)).status).toBe(404)
    expect((await request(server).get(`/api/materials/${unpublished}`)).status).toBe(404)
    expect((await request(server).get(`/api/materials/${editedDraft}?draft=true`)).body.title).toBe('正式标题')
    expect((await request(server).get('/api/materials/versions')).status).toBe(403)
    expect((await request(server).get(`/api/materials?where[_status][equals]=draft`)).body.totalDocs).toBe(0)
  })

  it('refuses every write', async () => {
    expect((await request(server).post('/api/materials').send({ code: 'X', kind: 'leaflet', title: 'x' })).status).toBe(403)
    expect((await request(server).patch(`/api/materials/${published}`).send({ title: 'x' })).status).toBe(403)
    expect((await request(server).delete(`/api/materials/${published}`)).status).toBe(403)
  })
})

describe('anonymous GraphQL', () => {
  it('sees the same: published only, in the requested locale', async () => {
    const q = (query: string) => request(server).post('/api/graphql').send({ query })
    const list = await q('{ Materials(limit: 100, draft: true) { docs { title } } }')
    const names = list.body.data.Materials.docs.map((d: { title: string }) => d.title)
    expect(names).toContain('已发布折页')
    expect(names).not.toContain('草稿海报')
    expect(names).not.toContain('已下线海报')
    expect(names).not.toContain('尚未发布的新标题')
    const en = await q(`{ Material(id: ${published}, locale: en) { title } }`)
    expect(en.body.data.Material.title).toBe('Published leaflet')
    const hidden = await q(`{ Material(id: ${draft}, draft: true) { title } }`)
    expect(hidden.body.data?.Material ?? null).toBeNull()
    const write = await q('mutation { createMaterial(data: { code: "G", kind: leaflet, title: "g" }) { id } }')
    expect(write.body.errors?.length).toBeGreaterThan(0)
  })
})

describe('signed in', () => {
  it('branch staff see published materials only; editors and compliance see drafts', async () => {
    const staff = await login(server, w.users.staffA1O1!.email)
    expect(titles((await request(server).get('/api/materials?draft=true&limit=100').set(auth(staff))).body)).not.toContain('草稿海报')
    const compliance = await login(server, w.users.compliance!.email)
    expect((await request(server).get(`/api/materials/${draft}?draft=true`).set(auth(compliance))).status).toBe(200)
    const editor = await login(server, w.users.editor!.email)
    expect((await request(server).get(`/api/materials/${editedDraft}?draft=true`).set(auth(editor))).body.title).toBe('尚未发布的新标题')
  })
})
