import { readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { errorStatus } from '../helpers/expectError'
import { file, html, jpegWithExif, pdf, png, svg } from '../helpers/files'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => b?.cleanup())

const upload = (data: Buffer, name: string, mimetype: string, userKey = 'staffA1O1') =>
  b.payload.create({
    collection: 'media',
    data: { alt: name },
    depth: 0,
    file: file(data, name, mimetype),
    overrideAccess: false,
    user: w.users[userKey],
  })

describe('uploads: images and PDFs, judged by their bytes', () => {
  it('keeps a photo, strips its EXIF (GPS, device) and makes thumbnails', async () => {
    const original = await jpegWithExif()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    const doc = await upload(original, 'lobby.jpg', 'image/jpeg')
    const stored = await readFile(path.join(b.dir, 'media', doc.filename!))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('TestPhone'))).toBe(false)
    expect(doc.sizes?.thumbnail?.filename).toBeTruthy()
    expect(doc.branch).toBe(w.branches['A1-O1']!.id)
    expect(doc.uploadedBy).toBe(w.users.staffA1O1!.id)
  })

  it('accepts a PDF', async () => {
    const doc = await upload(pdf(), 'leaflet.pdf', 'application/pdf', 'editor')
    expect(doc.mimeType).toBe('application/pdf')
    expect(doc.branch ?? null).toBeNull()
  })

  it.each([
    ['HTML renamed to .png', html(), 'photo.png', 'image/png'],
    ['HTML renamed to .jpg', html(), 'photo.jpg', 'image/jpeg'],
    ['SVG with script', svg(), 'logo.svg', 'image/svg+xml'],
    ['SVG renamed to .png', svg(), 'logo.png', 'image/png'],
  ])('refuses %s and stores nothing', async (_what, data, name, mimetype) => {
    const before = (await b.payload.count({ collection: 'media' })).totalDocs
    expect(await errorStatus(() => upload(data, name, mimetype))).toBe(400)
    expect((await b.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('stores a path-trick file name safely inside the media folder', async () => {
    const doc = await upload(await png(), '../../etc/passwd.png', 'image/png')
    expect(doc.filename).not.toMatch(/[\\/]/)
    expect(doc.filename).not.toContain('..')
  })

  it('refuses an image with too many pixels before decoding it (pixel flood)', async () => {
    // 10,000 × 10,000 of one colour compresses to a few hundred KB but would decode to 300 MB
    const flood = await sharp({ create: { background: '#fff', channels: 3, height: 10_000, width: 10_000 }, limitInputPixels: false })
      .png({ compressionLevel: 9 })
      .toBuffer()
    const before = (await b.payload.count({ collection: 'media' })).totalDocs
    expect(await errorStatus(() => upload(flood, 'flood.png', 'image/png'))).toBe(413)
    expect((await b.payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })
})

describe('who sees which file', () => {
  it('branch evidence stays in the branch; shared files are for everybody signed in', async () => {
    const evidence = await upload(await png(), 'evidence.png', 'image/png', 'staffB1O1')
    const shared = await upload(await png(), 'cover.png', 'image/png', 'editor')
    const seen = async (key: string) =>
      (await b.payload.find({ collection: 'media', depth: 0, limit: 0, overrideAccess: false, pagination: false, user: w.users[key] })).docs.map((d) => d.id)
    expect(await seen('staffA1O1')).not.toContain(evidence.id)
    expect(await seen('staffA1O1')).toContain(shared.id)
    expect(await seen('managerB1')).toContain(evidence.id)
    expect(await seen('compliance')).toContain(evidence.id)
    expect(await errorStatus(() => b.payload.delete({ collection: 'media', id: evidence.id, overrideAccess: false, user: w.users.managerA1 }))).toBe(403)
    expect(await errorStatus(() => b.payload.delete({ collection: 'media', id: shared.id, overrideAccess: false, user: w.users.staffA1O1 }))).toBe(403)
  })
})
