/**
 * Materials as publishable content: slugs, zh/en with fallback, drafts that
 * stay invisible until published, scheduled publish and unpublish run by the
 * job queue, and who sees what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { errorStatus } from '../helpers/expectError'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

const as = (k: string) => w.users[k]
const draftOf = (code: string, title = `草稿 ${code}`) =>
  b.payload.create({ collection: 'materials', data: { code, kind: 'leaflet', summary: '中文简介', title }, draft: true, overrideAccess: false, user: as('editor') })
const anonymousFind = (where: object, locale: 'en' | 'zh' = 'zh') =>
  b.payload.find({ collection: 'materials', draft: false, locale, overrideAccess: false, where: where as never })

describe('slugs', () => {
  it('come from the code, stay when titles change, and are unique', async () => {
    const m = await b.payload.create({ collection: 'materials', data: { _status: 'published', code: 'Leaflet-Loan 2026', kind: 'leaflet', title: '网贷诈骗折页' }, overrideAccess: false, user: as('editor') })
    expect(m.slug).toBe('leaflet-loan-2026')
    const renamed = await b.payload.update({ collection: 'materials', data: { title: '警惕网贷诈骗（新版）' }, id: m.id, overrideAccess: false, user: as('editor') })
    expect(renamed.slug).toBe('leaflet-loan-2026')
    const en = await b.payload.update({ collection: 'materials', data: { title: 'Beware of loan scams' }, id: m.id, locale: 'en', overrideAccess: false, user: as('editor') })
    expect(en.slug).toBe('leaflet-loan-2026')
    expect(await errorStatus(() => b.payload.create({ collection: 'materials', data: { _status: 'published', code: 'OTHER-1', kind: 'poster', slug: 'leaflet-loan-2026', title: '重复' }, overrideAccess: false, user: as('editor') }))).toBe(400)
    expect(await errorStatus(() => b.payload.create({ collection: 'materials', data: { _status: 'published', code: 'OTHER-2', kind: 'poster', slug: 'Not A Slug!', title: '格式' }, overrideAccess: false, user: as('editor') }))).toBe(400)
  })
})

describe('zh and en', () => {
  it('an untranslated field falls back to Chinese, and the English is known to be missing', async () => {
    const m = await b.payload.create({ collection: 'materials', data: { _status: 'published', code: 'FALLBACK-1', kind: 'poster', summary: '只有中文', title: '只有中文的海报' }, overrideAccess: false, user: as('editor') })
    const en = await b.payload.findByID({ collection: 'materials', id: m.id, locale: 'en' })
    expect(en.title).toBe('只有中文的海报')
    const strict = await b.payload.findByID({ collection: 'materials', fallbackLocale: false, id: m.id, locale: 'en' })
    expect(strict.title ?? null).toBeNull()
    await b.payload.update({ collection: 'materials', data: { _status: 'published', title: 'Chinese-only poster, now translated' }, id: m.id, locale: 'en', overrideAccess: false, user: as('editor') })
    expect((await anonymousFind({ id: { equals: m.id } }, 'en')).docs[0]?.title).toBe('Chinese-only poster, now translated')
    expect((await anonymousFind({ id: { equals: m.id } }, 'zh')).docs[0]?.title).toBe('只有中文的海报')
  })
})

describe('drafts and publishing', () => {
  it('a draft is seen by editors and compliance only; a draft edit of a published material stays unseen until published', async () => {
    const d = await draftOf('DRAFT-1')
    expect((await anonymousFind({ id: { equals: d.id } })).totalDocs).toBe(0)
    const byStaff = await b.payload.find({ collection: 'materials', overrideAccess: false, user: as('staffA1O1'), where: { id: { equals: d.id } } })
    expect(byStaff.totalDocs).toBe(0)
    const byCompliance = await b.payload.find({ collection: 'materials', draft: true, overrideAccess: false, user: as('compliance'), where: { id: { equals: d.id } } })
    expect(byCompliance.totalDocs).toBe(1)
    // compliance reviews, never writes
    expect(await errorStatus(() => b.payload.update({ collection: 'materials', data: { title: 'x' }, id: d.id, overrideAccess: false, user: as('compliance') }))).toBe(403)

    await b.payload.update({ collection: 'materials', data: { _status: 'published' }, id: d.id, overrideAccess: false, user: as('editor') })
    expect((await anonymousFind({ id: { equals: d.id } })).docs[0]?.title).toBe('草稿 DRAFT-1')
    const published = await b.payload.findByID({ collection: 'materials', id: d.id })
    expect(published.publishedAt).toBeTruthy()

    await b.payload.update({ collection: 'materials', data: { title: '修改中的标题' }, draft: true, id: d.id, overrideAccess: false, user: as('editor') })
    expect((await anonymousFind({ id: { equals: d.id } })).docs[0]?.title).toBe('草稿 DRAFT-1')
    const latest = await b.payload.findByID({ collection: 'materials', draft: true, id: d.id, overrideAccess: false, user: as('editor') })
    expect(latest.title).toBe('修改中的标题')
    await b.payload.update({ collection: 'materials', data: { _status: 'published', title: '修改中的标题' }, id: d.id, overrideAccess: false, user: as('editor') })
    expect((await anonymousFind({ id: { equals: d.id } })).docs[0]?.title).toBe('修改中的标题')
    const versions = await b.payload.findVersions({ collection: 'materials', overrideAccess: false, user: as('compliance'), where: { parent: { equals: d.id } } })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(3)
    expect(await errorStatus(() => b.payload.findVersions({ collection: 'materials', overrideAccess: false, user: as('staffA1O1') }))).toBe(403)
  })

  it('only editors and admin write materials', async () => {
    for (const who of ['staffA1O1', 'managerA1', 'compliance']) {
      expect(await errorStatus(() => b.payload.create({ collection: 'materials', data: { code: `NO-${who}`, kind: 'leaflet', title: 'x' }, overrideAccess: false, user: as(who) })), who).toBe(403)
    }
  })

  it('scheduled publish and unpublish happen when the job queue runs', async () => {
    const d = await draftOf('SCHEDULED-1', '定时发布的折页')
    const soon = new Date(Date.now() + 300)
    // as the admin's "schedule publish" does: a schedulePublish job on the default queue, waiting until the time
    await b.payload.jobs.queue({ input: { doc: { relationTo: 'materials', value: d.id }, type: 'publish', user: { relationTo: 'users', value: w.users.editor!.id } }, queue: 'default', task: 'schedulePublish', waitUntil: soon })
    await b.payload.jobs.run({ queue: 'default' })
    expect((await anonymousFind({ id: { equals: d.id } })).totalDocs).toBe(0) // not yet
    await new Promise((r) => setTimeout(r, 400))
    await b.payload.jobs.run({ queue: 'default' })
    expect((await anonymousFind({ id: { equals: d.id } })).docs[0]?.title).toBe('定时发布的折页')

    await b.payload.jobs.queue({ input: { doc: { relationTo: 'materials', value: d.id }, type: 'unpublish', user: { relationTo: 'users', value: w.users.editor!.id } }, queue: 'default', task: 'schedulePublish', waitUntil: new Date(Date.now() - 1000) })
    await b.payload.jobs.run({ queue: 'default' })
    expect((await anonymousFind({ id: { equals: d.id } })).totalDocs).toBe(0)
  })
})

describe('files', () => {
  it('what editors upload is public; evidence photos never are', async () => {
    const { file, png } = await import('../helpers/files')
    const cover = await b.payload.create({ collection: 'media', data: { alt: '海报封面' }, file: file(await png(1000, 700), 'cover.png', 'image/png'), overrideAccess: false, user: as('editor') })
    expect(cover.public).toBe(true)
    expect(cover.sizes?.card?.filename).toBeTruthy()
    const evidence = await b.payload.create({ collection: 'media', data: { alt: '现场', public: true } as never, file: file(await png(), 'scene.png', 'image/png'), overrideAccess: false, user: as('staffA1O1') })
    expect(evidence.public).toBe(false)
    const seen = await b.payload.find({ collection: 'media', overrideAccess: false, where: { id: { in: [cover.id, evidence.id] } } })
    expect(seen.docs.map((d) => d.id)).toEqual([cover.id])
    // an editor cannot publish a branch's evidence either
    const forced = await b.payload.update({ collection: 'media', data: { public: true }, id: evidence.id, overrideAccess: false, user: as('admin') })
    expect(forced.public).toBe(false)
  })
})
