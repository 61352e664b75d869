/**
 * Uploads in an S3-compatible bucket (S3_BUCKET …): a real S3 server in this
 * process (s3rver, on a free port), the storage plugin wired from the
 * environment as in production. Photos, report files and import spreadsheets
 * land in the bucket under S3_PREFIX in the same tree as MEDIA_DIR, nothing on
 * the disk; downloads still pass Payload's access control; the product's own
 * reads (the import job, a mail's attachment) and the sweep of orphans work
 * against the bucket.
 */
import type { Server } from 'node:http'
import path from 'node:path'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { jpegWithExif, png } from '../helpers/files'
import { auth, login, startServer } from '../helpers/http'
import { filesOnDisk, startS3, type TestS3 } from '../helpers/s3'
import { row, xlsx } from '../helpers/sheets'
import { startSmtp } from '../helpers/smtp'
import { buildWorld, type World } from '../helpers/world'

// the product's modules read the environment when first imported: imported after the S3 settings are made (in beforeAll)
let queueMail: typeof import('../../src/mail/send').queueMail
let generateReport: typeof import('../../src/reports/generate').generateReport
let sweepOrphanReportFiles: typeof import('../../src/reports/generate').sweepOrphanReportFiles
let readStored: typeof import('../../src/storage').readStored
let StoredFileMissing: typeof import('../../src/storage').StoredFileMissing

let s3: TestS3
let BUCKET: string
let PREFIX: string
let smtp: Awaited<ReturnType<typeof startSmtp>>
let b: Booted
let w: World
let server: Server
const tokens: Record<string, string> = {}

beforeAll(async () => {
  s3 = await startS3()
  ;({ bucket: BUCKET, prefix: PREFIX } = s3)
  smtp = await startSmtp()
  b = await bootPayload({ ...s3.env, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  ;({ queueMail } = await import('../../src/mail/send'))
  ;({ generateReport, sweepOrphanReportFiles } = await import('../../src/reports/generate'))
  ;({ readStored, StoredFileMissing } = await import('../../src/storage'))
  w = await buildWorld(b.payload)
  await (await import('../../src/reports/defaults')).loadShippedTemplates(b.payload)
  server = startServer(b.config)
  for (const key of ['staffA1O1', 'staffB1O1', 'managerA1', 'compliance']) tokens[key] = await login(server, w.users[key]!.email)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
  await smtp?.close()
  await s3?.close()
})

const keys = (under: string) => s3.keys(under)
const object = (key: string) => s3.object(key)

describe('uploads in an S3-compatible bucket', () => {
  it('a photo uploaded over REST goes to the bucket with its sizes, none to MEDIA_DIR; downloads keep branch scope', async () => {
    const res = await request(server)
      .post('/api/media')
      .set(auth(tokens.staffA1O1!))
      .attach('file', await jpegWithExif(1600, 1200), { contentType: 'image/jpeg', filename: '厅堂宣传.jpg' })
      .field('_payload', JSON.stringify({ alt: '厅堂宣传现场' }))
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.prefix).toBe(PREFIX)
    const stored = await keys(`${PREFIX}/`)
    expect(stored).toContain(`${PREFIX}/${doc.filename}`)
    for (const size of ['thumbnail', 'card', 'hero']) expect(stored).toContain(`${PREFIX}/${doc.sizes[size].filename}`)
    expect(filesOnDisk()).toEqual([])

    // served through Payload (its access rules), from the bucket, EXIF already gone from the stored bytes
    const own = await request(server).get(`/api/media/file/${encodeURIComponent(doc.filename)}`).set(auth(tokens.staffA1O1!)).buffer(true).parse((r, cb) => {
      const chunks: Buffer[] = []
      r.on('data', (c: Buffer) => chunks.push(c))
      r.on('end', () => cb(null, Buffer.concat(chunks)))
    })
    expect(own.status).toBe(200)
    expect(own.headers['content-type']).toBe('image/jpeg')
    expect(Buffer.compare(own.body as Buffer, await object(`${PREFIX}/${doc.filename}`))).toBe(0)
    expect((own.body as Buffer).includes(Buffer.from('Evidence-Cam'))).toBe(false)
    // another branch, and nobody signed in, are refused the same file
    expect((await request(server).get(`/api/media/file/${encodeURIComponent(doc.filename)}`).set(auth(tokens.staffB1O1!))).status).toBeGreaterThanOrEqual(403)
    expect((await request(server).get(`/api/media/file/${encodeURIComponent(doc.filename)}`)).status).toBeGreaterThanOrEqual(403)

    // deleting the file deletes its objects, sizes too
    expect((await request(server).delete(`/api/media/${doc.id}`).set(auth(tokens.staffA1O1!))).status).toBe(200)
    expect((await keys(`${PREFIX}/`)).filter((k) => k.includes(path.parse(doc.filename).name))).toEqual([])
  })

  it('report files go to reports/ in the bucket; the monthly mail attaches the PDF read back from it', async () => {
    const { createLocalReq } = await import('payload')
    const req = await createLocalReq({ user: w.users.compliance as never }, b.payload)
    const zh = (await b.payload.find({ collection: 'report-templates', where: { language: { equals: 'zh' } } })).docs[0]!
    for (const a of Object.values(w.activities)) await b.payload.update({ collection: 'activities', data: { status: 'approved' }, id: a.id })
    const report = await generateReport(req, { campaign: w.campaign, formats: ['pdf', 'xlsx'], month: '2026-10', template: zh })
    const files = (report.files ?? []).map((f) => (typeof f === 'object' ? f : null)).filter((f) => f !== null)
    expect(files.map((f) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'])
    const inBucket = await keys(`${PREFIX}/reports/`)
    for (const f of files) expect(inBucket).toContain(`${PREFIX}/reports/${f.filename}`)
    expect(filesOnDisk()).toEqual([])

    // compliance downloads it over REST; a staff member of one outlet may not read the whole bank's report
    const pdfFile = files.find((f) => f.mimeType === 'application/pdf')!
    const pdfBytes = await object(`${PREFIX}/reports/${pdfFile.filename}`)
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-')
    const dl = await request(server).get(`/api/report-files/file/${pdfFile.filename}`).set(auth(tokens.compliance!))
    expect(dl.status).toBe(200)
    expect(Buffer.compare(dl.body as Buffer, pdfBytes)).toBe(0)
    expect((await request(server).get(`/api/report-files/file/${pdfFile.filename}`).set(auth(tokens.staffA1O1!))).status).toBeGreaterThanOrEqual(403)

    smtp.inbox.length = 0
    await queueMail(req, { attachments: [pdfFile.id], html: '<p>月报</p>', kind: 'monthly-report', subject: '【反诈宣传】月度报告', text: '月报', to: ['compliance@test.example.cn'] })
    await b.payload.jobs.run({ queue: 'mail' })
    for (let i = 0; i < 100 && smtp.inbox.length < 1; i++) await new Promise((r) => setTimeout(r, 50))
    expect(smtp.inbox).toHaveLength(1)
    const raw = smtp.inbox[0]!.raw
    const part = raw.split(/\r?\n--/).find((p) => p.includes(`filename=${pdfFile.filename}`) || p.includes(`filename="${pdfFile.filename}"`))
    expect(part).toBeDefined()
    const body = part!.split(/\r?\n\r?\n/).slice(1).join('').replace(/\s+/g, '')
    expect(Buffer.compare(Buffer.from(body, 'base64'), pdfBytes)).toBe(0)
  })

  it('an import queued for the worker reads its spreadsheet from the bucket', async () => {
    const sheet = await xlsx([row('S3-1', 'A1-O1', '2026-10-15'), row('S3-2', 'A1-O1', '2026-10-16')])
    const dry = await request(server).post(`/api/activities/import?campaign=${w.campaign.id}`).set(auth(tokens.managerA1!)).attach('file', sheet, '十月台账.xlsx')
    expect(dry.status).toBe(201)
    const batch = await b.payload.findByID({ collection: 'import-batches', depth: 0, id: dry.body.batch.id })
    expect(batch.status).toBe('checked')
    expect(await keys(`${PREFIX}/imports/`)).toEqual([`${PREFIX}/imports/${batch.filename}`])
    expect(filesOnDisk()).toEqual([])
    // what a worker on another machine does: it has only the batch's row and the bucket
    await b.payload.jobs.queue({ input: { batch: String(batch.id) }, queue: 'imports', task: 'importActivities' })
    await b.payload.jobs.run({ queue: 'imports' })
    const done = await b.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id })
    expect(done.status).toBe('committed')
    expect((await b.payload.count({ collection: 'activities', where: { importBatch: { equals: batch.id } } })).totalDocs).toBe(2)
  })

  it('a report file no row refers to (a generation cut off) is swept from the bucket; the others stay', async () => {
    await s3.client.putObject({ Body: Buffer.from('%PDF-1.4 orphan'), Bucket: BUCKET, ContentType: 'application/pdf', Key: `${PREFIX}/reports/orphan.pdf` })
    const before = await keys(`${PREFIX}/reports/`)
    expect(await sweepOrphanReportFiles(b.payload, 10 * 60_000)).toBe(0) // too young: may belong to a generation still running
    expect(await sweepOrphanReportFiles(b.payload, 0)).toBe(1)
    expect(await keys(`${PREFIX}/reports/`)).toEqual(before.filter((k) => !k.endsWith('/orphan.pdf')))
    // photos at the top of the tree are not report files and are never swept
    const m = await b.payload.create({ collection: 'media', data: { alt: '封面' }, file: { data: await png(), mimetype: 'image/png', name: 'cover.png', size: 0 }, user: w.users.admin })
    expect(await sweepOrphanReportFiles(b.payload, 0)).toBe(0)
    expect(await keys(`${PREFIX}/${m.filename}`)).toHaveLength(1)
  })

  it('a file missing from the bucket is said so, naming where it was looked for', async () => {
    const err = await readStored('report-files', { filename: 'nope.pdf' }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(StoredFileMissing)
    expect((err as Error).message).toContain(`s3://${BUCKET}/${PREFIX}/reports`)
    await expect(readStored('report-files', { filename: '../secret' })).rejects.toBeInstanceOf(StoredFileMissing)
  })
})
