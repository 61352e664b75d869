/**
 * A month of what branches really do, through REST as each role would, and
 * an independent ledger that must equal the product's answer at the end
 * (issue 23). A seeded random sequence (RECONCILE_SEED, printed with every
 * failure) of: records typed and corrected, spreadsheets imported (new,
 * re-uploaded, with a bad row then fixed), photos attached — the same photo
 * on several records, near-identical copies — detached and replaced,
 * submitted, withdrawn, approved, returned with a reason and resubmitted,
 * bulk reviews (all or nothing), attempts at self-approval; then the month
 * closed: the rest decided, an admin correction, sign-offs up the tree, a
 * month lock. The ledger is plain arithmetic over what each step sent; at the
 * end it must equal every record's stored figures, the rollups
 * (verifyRollups finds nothing), the dashboard's totals, and the numbers
 * printed in the generated report (HTML and XLSX) for head office and for
 * one sub-branch. RECONCILE_STEPS sets the length (300 in npm test; more for
 * a nightly run).
 */
import type { Server } from 'node:http'

import ExcelJS from 'exceljs'
import { createLocalReq } from 'payload'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { subtreeIds } from '../../src/access/branchScope'
import { noonInShanghai } from '../../src/domain/dates'
import { loadShippedTemplates } from '../../src/reports/defaults'
import { totalsFor } from '../../src/reports/totals'
import { verifyRollups } from '../../src/workflow/rollups'
import { type Booted, bootPayload } from '../helpers/boot'
import { engineName } from '../helpers/engine'
import { lobbyPhoto } from '../helpers/files'
import { auth, login, startServer } from '../helpers/http'
import { row, xlsx } from '../helpers/sheets'
import { buildWorld, type World } from '../helpers/world'

const SEED = Number(process.env.RECONCILE_SEED ?? 20261005)
const STEPS = Number(process.env.RECONCILE_STEPS ?? 300)

let b: Booted
let w: World
let server: Server
const tokens: Record<string, string> = {}

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  await loadShippedTemplates(b.payload)
  // reviewed one level up, as branches run it: an outlet's records by its sub-branch's manager (or the one above)
  await b.payload.update({ collection: 'campaigns', data: { reviewLevel: 'supervising' }, id: w.campaign.id })
  server = startServer(b.config)
  for (const [key, u] of Object.entries(w.users)) tokens[key] = await login(server, u.email)
}, 60_000)
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

/** mulberry32: the same sequence for the same seed. */
const prng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const rand = prng(SEED)
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1))
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!

type Id = number | string
type Status = 'approved' | 'draft' | 'returned' | 'submitted'
type Entry = {
  id: Id
  outlet: string
  filer: string
  figuresBy: string
  submitter: string | null
  status: Status
  type: 'lobby' | 'street'
  leaflets: Array<{ material: Id; quantity: number }>
  reach: Array<{ audience: string; channel: string; count: number }>
  losses: number
  photos: Id[]
}

/** The ledger: what each step sent, nothing read back. */
const ledger = new Map<string, Entry>()
const photosOf: Record<string, Id[]> = { 'A1-O1': [], 'B1-O1': [] }
const log: string[] = []
const FILERS: Record<string, string[]> = { 'A1-O1': ['staffA1O1', 'staffA1O1b'], 'A1-O2': ['managerA1'], 'B1-O1': ['staffB1O1'] }
/** Who reviews an outlet's records, nearest first (supervising review: the sub-branch, then the branch above it). */
const REVIEWERS: Record<string, string[]> = { 'A1-O1': ['managerA1', 'managerA'], 'A1-O2': ['managerA1', 'managerA'], 'B1-O1': ['managerB1'] }
const AUDIENCES = ['elderly', 'students', 'public', 'merchants']

const ctx = (what: string) => `seed ${SEED} (RECONCILE_SEED=${SEED} to replay), step ${log.length}: ${what}\n${log.slice(-8).join('\n')}`
const tookPart = (e: Entry, who: string) => e.filer === who || e.figuresBy === who || e.submitter === who
const figures = () => ({
  leaflets: Array.from({ length: int(1, 2) }, () => ({ material: pick(w.materials).id, quantity: int(1, 400) })),
  reach: Array.from({ length: int(1, 2) }, () => ({ audience: pick(AUDIENCES), channel: pick(['offline', 'online']), count: int(1, 900) })),
  losses: rand() < 0.25 ? int(1, 5_000_000) / 100 : 0,
})
const body = (f: ReturnType<typeof figures>) => ({ interception: { lossesAvoided: f.losses }, leaflets: f.leaflets, reach: f.reach })

const workflow = (who: string, action: string, ids: Id[]) =>
  request(server).post('/api/activities/workflow').set(auth(tokens[who]!)).send({ action, ids, reason: action === 'return' ? '照片与活动不符，请补充' : undefined })

// ---------------------------------------------------------------- the steps

const create = async () => {
  const outlet = pick(Object.keys(FILERS))
  const filer = pick(FILERS[outlet]!)
  const f = figures()
  // a manager's photos belong to the manager's own branch, not to an outlet below it: the outlet the manager files for runs lobby events
  const type = outlet === 'A1-O2' ? 'lobby' : pick(['lobby', 'street'] as const)
  const res = await request(server)
    .post('/api/activities')
    .set(auth(tokens[filer]!))
    .send({ ...body(f), branch: w.branches[outlet]!.id, campaign: w.campaign.id, date: noonInShanghai(`2026-10-${String(int(1, 28)).padStart(2, '0')}`), title: `${outlet} ${type} ${log.length}`, type })
  expect(res.status, ctx(JSON.stringify(res.body))).toBe(201)
  ledger.set(String(res.body.doc.id), { ...f, figuresBy: filer, filer, id: res.body.doc.id, outlet, photos: [], status: 'draft', submitter: null, type })
  log.push(`${filer} created #${res.body.doc.id}`)
}

const editable = (e: Entry) => e.status === 'draft' || e.status === 'returned'

const edit = async (e: Entry) => {
  const f = figures()
  const res = await request(server).patch(`/api/activities/${e.id}`).set(auth(tokens[e.filer]!)).send(body(f))
  log.push(`${e.filer} edited #${e.id} (${e.status})`)
  if (editable(e) || (e.status === 'submitted' && e.filer.startsWith('manager'))) {
    expect(res.status, ctx(JSON.stringify(res.body))).toBe(200)
    Object.assign(e, f, { figuresBy: e.filer })
  } else {
    // staff do not change what waits for review; nobody but admin changes what is approved
    expect(res.status, ctx(JSON.stringify(res.body))).toBeGreaterThanOrEqual(400)
  }
}

const upload = async (outlet: string, near?: number) => {
  const who = FILERS[outlet]![0]!
  const seed = near ?? int(1, 1_000_000)
  const res = await request(server)
    .post('/api/media')
    .set(auth(tokens[who]!))
    .attach('file', await lobbyPhoto(seed, near === undefined ? {} : { shift: 3 }), { contentType: 'image/jpeg', filename: `p-${seed}.jpg` })
    .field('_payload', JSON.stringify({ alt: '活动现场' }))
  expect(res.status, ctx(JSON.stringify(res.body))).toBe(201)
  photosOf[outlet]!.push(res.body.doc.id)
  log.push(`${who} uploaded photo ${res.body.doc.id}${near === undefined ? '' : ' (a near copy)'}`)
  return res.body.doc.id as Id
}
const photoSeeds: number[] = []

const attach = async (e: Entry) => {
  if (!editable(e) || e.outlet === 'A1-O2') return
  const pool = photosOf[e.outlet]!
  // a new photo, a near-identical copy of an earlier one, or one already shown on another record
  const r = rand()
  let photo: Id
  if (pool.length === 0 || (r < 0.15 && pool.length < 12)) {
    const seed = int(1, 1_000_000)
    photoSeeds.push(seed)
    photo = await upload(e.outlet, undefined)
  } else if (r < 0.22 && photoSeeds.length > 0 && pool.length < 12) photo = await upload(e.outlet, pick(photoSeeds))
  else photo = pick(pool)
  const photos = rand() < 0.3 ? [photo] : [...new Set([...e.photos.map(String), String(photo)])].map((p) => pool.find((x) => String(x) === p)!)
  const res = await request(server).patch(`/api/activities/${e.id}`).set(auth(tokens[e.filer]!)).send({ photos })
  expect(res.status, ctx(JSON.stringify(res.body))).toBe(200)
  e.photos = photos
  log.push(`${e.filer} set photos of #${e.id} to ${photos.join(',')}`)
}

const detach = async (e: Entry) => {
  if (!editable(e) || e.photos.length === 0) return
  const res = await request(server).patch(`/api/activities/${e.id}`).set(auth(tokens[e.filer]!)).send({ photos: [] })
  expect(res.status, ctx(JSON.stringify(res.body))).toBe(200)
  e.photos = []
  log.push(`${e.filer} detached the photos of #${e.id}`)
}

const submit = async (e: Entry) => {
  const res = await workflow(e.filer, 'submit', [e.id])
  const result = res.body.results?.[0]
  log.push(`${e.filer} submit #${e.id} (${e.status}, ${e.type}, ${e.photos.length} photos): ${result?.ok}`)
  // submitting what already waits: no change for a manager; staff are told it waits for review
  const expected = (editable(e) && (e.type === 'lobby' || e.photos.length > 0)) || (e.status === 'submitted' && e.filer.startsWith('manager'))
  expect(result?.ok, ctx(JSON.stringify(res.body))).toBe(expected)
  if (expected && e.status !== 'submitted') Object.assign(e, { status: 'submitted', submitter: e.filer })
}

const withdraw = async (e: Entry) => {
  if (e.status !== 'submitted') return
  const res = await workflow(e.filer, 'withdraw', [e.id])
  expect(res.body.results?.[0]?.ok, ctx(JSON.stringify(res.body))).toBe(true)
  e.status = 'draft'
  log.push(`${e.filer} withdrew #${e.id}`)
}

const approve = async (e: Entry, sneaky = false) => {
  if (e.status !== 'submitted') return
  const reviewer = sneaky ? e.filer : REVIEWERS[e.outlet]!.find((r) => !tookPart(e, r))
  if (!reviewer) return
  const res = await workflow(reviewer, 'approve', [e.id])
  const ok = !tookPart(e, reviewer) && REVIEWERS[e.outlet]!.includes(reviewer)
  log.push(`${reviewer} approve #${e.id}: expected ${ok}`)
  expect(res.body.results?.[0]?.ok, ctx(JSON.stringify(res.body))).toBe(ok)
  if (ok) e.status = 'approved'
}

const giveBack = async (e: Entry) => {
  if (e.status !== 'submitted' && e.status !== 'approved') return
  const res = await workflow('compliance', 'return', [e.id])
  expect(res.body.results?.[0]?.ok, ctx(JSON.stringify(res.body))).toBe(true)
  e.status = 'returned'
  log.push(`compliance returned #${e.id}`)
}

const bulkReview = async () => {
  const outlet = pick(Object.keys(FILERS))
  const waiting = [...ledger.values()].filter((e) => e.outlet === outlet && e.status === 'submitted').slice(0, 6)
  if (waiting.length === 0) return
  const reviewer = REVIEWERS[outlet]![0]!
  const res = await request(server).post('/api/activities/review').set(auth(tokens[reviewer]!)).send({ action: 'approve', ids: waiting.map((e) => e.id) })
  const allowed = waiting.every((e) => !tookPart(e, reviewer))
  log.push(`${reviewer} bulk-approves ${waiting.map((e) => e.id).join(',')}: expected ${allowed ? 'all' : 'none'}`)
  // all or nothing
  expect(res.status, ctx(JSON.stringify(res.body))).toBe(allowed ? 200 : 409)
  if (allowed) for (const e of waiting) e.status = 'approved'
}

let sheetNo = 0
const importSheet = async () => {
  sheetNo++
  const n = int(2, 6)
  const rows = Array.from({ length: n }, (_, i) => {
    const outlet = pick(['A1-O1', 'A1-O2'])
    return { id: `S${sheetNo}-${i}`, leaflets: int(1, 300), losses: rand() < 0.2 ? int(1, 900_000) / 100 : 0, outlet, people: int(1, 700), day: `2026-10-${String(int(1, 28)).padStart(2, '0')}` }
  })
  const sheet = (list: typeof rows, bad = false) =>
    xlsx(list.map((r, i) => row(r.id, bad && i === 0 ? 'NOPE-1' : r.outlet, r.day, { leaflets: r.leaflets, losses: r.losses, people: r.people, title: `导入 ${r.id}` })))
  const send = async (data: Buffer, commit: boolean) =>
    request(server).post(`/api/activities/import?campaign=${w.campaign.id}${commit ? '&commit=true' : ''}`).set(auth(tokens.managerA1!)).attach('file', data, `第${sheetNo}批.xlsx`)
  // sometimes the first try has a bad row: the whole file is refused, nothing is written
  if (rand() < 0.3) {
    const before = (await b.payload.count({ collection: 'activities' })).totalDocs
    const bad = await send(await sheet(rows, true), true)
    expect(bad.body.batch?.status, ctx(JSON.stringify(bad.body))).toBe('has-errors')
    expect((await b.payload.count({ collection: 'activities' })).totalDocs).toBe(before)
    log.push(`managerA1 import ${sheetNo} with a bad row: refused`)
  }
  const res = await send(await sheet(rows), true)
  expect(res.status, ctx(JSON.stringify(res.body))).toBe(200)
  expect(res.body.batch.counts.created, ctx(JSON.stringify(res.body))).toBe(n)
  const made = await request(server).get(`/api/activities?where[importBatch][equals]=${res.body.batch.id}&depth=0&limit=100`).set(auth(tokens.managerA1!))
  for (const d of made.body.docs as Array<{ externalId: string; id: Id }>) {
    const r = rows.find((x) => x.id === d.externalId)!
    ledger.set(String(d.id), {
      figuresBy: 'managerA1',
      filer: 'managerA1',
      id: d.id,
      leaflets: [{ material: w.materials[0]!.id, quantity: r.leaflets }],
      losses: r.losses,
      outlet: r.outlet,
      photos: [],
      reach: [{ audience: 'elderly', channel: 'offline', count: r.people }],
      status: 'draft',
      submitter: null,
      type: 'lobby',
    })
  }
  log.push(`managerA1 imported sheet ${sheetNo}: ${n} rows`)
  // re-uploaded with one row "corrected": rows already filed are reported, never written twice or changed
  if (rand() < 0.5) {
    const again = await send(await sheet(rows.map((r, i) => (i === 0 ? { ...r, leaflets: r.leaflets + 1 } : r))), true)
    expect(again.body.batch?.counts, ctx(JSON.stringify(again.body))).toMatchObject({ created: 0, present: n })
    log.push(`managerA1 re-uploaded sheet ${sheetNo}: nothing written`)
  }
}

// ---------------------------------------------------------------- the totals the ledger predicts

const approvedIn = (outlets: string[] | null) => [...ledger.values()].filter((e) => e.status === 'approved' && (outlets === null || outlets.includes(e.outlet)))
const sums = (list: Entry[]) => ({
  events: list.length,
  leaflets: list.reduce((s, e) => s + e.leaflets.reduce((t, l) => t + l.quantity, 0), 0),
  lossesAvoided: Math.round(list.reduce((s, e) => s + Math.round(e.losses * 100), 0)) / 100,
  people: list.reduce((s, e) => s + e.reach.reduce((t, r) => t + r.count, 0), 0),
})
const thousands = (n: number) => n.toLocaleString('en-US')

describe(`a month of branch work reconciles (${engineName}, ${STEPS} steps, seed ${SEED})`, () => {
  it('every step as the rules say, and at the end records, rollups, dashboard and report equal the ledger', async () => {
    // the world's own records (one per outlet, drafts) are part of the month
    for (const [outlet, a] of Object.entries(w.activities)) {
      ledger.set(String(a.id), {
        figuresBy: outlet === 'A1-O1' ? 'staffA1O1' : outlet === 'A1-O2' ? 'managerA1' : outlet === 'B1-O1' ? 'staffB1O1' : 'admin',
        filer: outlet === 'A1-O1' ? 'staffA1O1' : outlet === 'A1-O2' ? 'managerA1' : outlet === 'B1-O1' ? 'staffB1O1' : 'admin',
        id: a.id,
        leaflets: [{ material: w.materials[0]!.id, quantity: 50 }],
        losses: 0,
        outlet,
        photos: [],
        reach: [{ audience: 'elderly', channel: 'offline', count: 40 }],
        status: 'draft',
        submitter: null,
        type: 'lobby',
      })
    }
    const mine = () => [...ledger.values()].filter((e) => e.outlet in FILERS)

    for (let step = 0; step < STEPS; step++) {
      const r = rand()
      const e = pick(mine())
      if (r < 0.16) await create()
      else if (r < 0.26) await edit(e)
      else if (r < 0.38) await attach(e)
      else if (r < 0.42) await detach(e)
      else if (r < 0.58) await submit(e)
      else if (r < 0.62) await withdraw(e)
      else if (r < 0.74) await approve(e)
      else if (r < 0.77) await approve(e, true)
      else if (r < 0.83) await giveBack(e)
      else if (r < 0.9) await bulkReview()
      else if (r < 0.93) await importSheet()
      else if (rand() < 0.5) await attach(pick(mine().filter(editable).length > 0 ? mine().filter(editable) : mine()))
      else await create()
    }

    // closing the month: every record waiting is decided, one approved record corrected by admin
    for (const e of mine().filter((x) => x.status === 'submitted')) await approve(e)
    for (const e of mine().filter((x) => x.status === 'submitted')) await withdraw(e)
    const corrected = approvedIn(null)[0]
    if (corrected) {
      const f = figures()
      const res = await request(server).patch(`/api/activities/${corrected.id}`).set(auth(tokens.admin!)).send({ ...body(f), correctionReason: '核对台账后更正发放数量' })
      expect(res.status, ctx(JSON.stringify(res.body))).toBe(200)
      Object.assign(corrected, f, { figuresBy: 'admin' })
      log.push(`admin corrected #${corrected.id}`)
    }

    // sign-offs up the tree: each sub-branch's month, accepted by someone who did not submit it
    const act = (who: string, node: string, action: string) =>
      request(server).post('/api/monthly-returns/act').set(auth(tokens[who]!)).send({ action, branch: w.branches[node]!.id, campaign: w.campaign.id, month: '2026-10', narrative: '本月开展厅堂与街面宣传。' })
    for (const [node, submitter, acceptor] of [['A1', 'managerA1', 'managerA'], ['B1', 'managerB1', 'admin']] as const) {
      const sub = await act(submitter, node, 'submit')
      expect(sub.status, ctx(JSON.stringify(sub.body))).toBeLessThan(300)
      expect((await act(submitter, node, 'accept')).status).toBe(403)
      const acc = await act(acceptor, node, 'accept')
      expect(acc.status, ctx(JSON.stringify(acc.body))).toBeLessThan(300)
    }
    // a signed-off node's records are frozen: a late edit is refused and changes nothing
    const late = mine().find((x) => x.outlet === 'A1-O1' && editable(x))
    if (late) expect((await request(server).patch(`/api/activities/${late.id}`).set(auth(tokens[late.filer]!)).send(body(figures()))).status).toBeGreaterThanOrEqual(400)
    // and head office locks the month
    expect((await request(server).post('/api/month-locks').set(auth(tokens.compliance!)).send({ campaign: w.campaign.id, month: '2026-10', reason: '十月已结账' })).status).toBe(201)

    // -------------------------------------------------- the reckoning
    const stored = await request(server).get('/api/activities?depth=0&limit=0&pagination=false').set(auth(tokens.admin!))
    const byId = new Map((stored.body.docs as Array<{ id: Id; interception?: { lossesAvoided?: number }; leaflets: Entry['leaflets']; photos?: Id[]; reach: Entry['reach']; status: Status }>).map((d) => [String(d.id), d]))
    expect(byId.size, ctx('record count')).toBe(ledger.size)
    for (const e of ledger.values()) {
      const d = byId.get(String(e.id))!
      const what = ctx(`record #${e.id}`)
      expect(d.status, what).toBe(e.status)
      expect(d.leaflets.map((l) => [String(l.material), l.quantity]), what).toEqual(e.leaflets.map((l) => [String(l.material), l.quantity]))
      expect(d.reach.map((r) => [r.audience, r.channel, r.count]), what).toEqual(e.reach.map((r) => [r.audience, r.channel, r.count]))
      expect(d.interception?.lossesAvoided ?? 0, what).toBe(e.losses)
      expect((d.photos ?? []).map(String).sort(), what).toEqual(e.photos.map(String).sort())
    }
    expect(await verifyRollups(b.payload), ctx('rollups:verify')).toEqual([])

    const req = await createLocalReq({}, b.payload)
    const scopes = [
      { name: 'head office', outlets: null, root: null, scope: null },
      { name: 'sub-branch A1', outlets: ['A1-O1', 'A1-O2'], root: w.branches.A1!.id, scope: w.branches.A1!.id },
    ]
    expect((await subtreeIds(req, w.branches.A1!.id)).map(String).sort()).toEqual([w.branches.A1!.id, w.branches['A1-O1']!.id, w.branches['A1-O2']!.id].map(String).sort())
    for (const s of scopes) {
      const expected = sums(approvedIn(s.outlets))
      expect(expected.events, ctx(`${s.name}: no approved record`)).toBeGreaterThan(0)
      // the dashboard's figures (the rollups summed for the scope)
      const dash = (await totalsFor(req, { campaign: w.campaign.id, month: '2026-10', root: s.root })).totals
      expect({ events: dash.events, leaflets: dash.leaflets, lossesAvoided: dash.lossesAvoided, people: dash.people }, ctx(`dashboard, ${s.name}`)).toEqual(expected)

      // the printed report
      const gen = await request(server).post('/api/reports/generate').set(auth(tokens.compliance!)).send({ campaign: w.campaign.id, formats: ['html', 'xlsx'], language: 'zh', month: '2026-10', scope: s.scope })
      expect(gen.status, ctx(JSON.stringify(gen.body))).toBe(201)
      const report = gen.body.doc as { files: Array<Id | { id: Id }>; id: Id; totals: Record<string, number> }
      expect({ events: report.totals.events, leaflets: report.totals.leaflets, lossesAvoided: report.totals.lossesAvoided, people: report.totals.people }, ctx(`report totals, ${s.name}`)).toEqual(expected)
      const html = (await request(server).get(`/api/reports/${report.id}/html`).set(auth(tokens.compliance!))).text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')
      expect(html, ctx(`report HTML, ${s.name}`)).toContain(`发放宣传资料${thousands(expected.leaflets)}份`)
      expect(html, ctx(`report HTML, ${s.name}`)).toContain(`覆盖群众${thousands(expected.people)}人次`)
      expect(html, ctx(`report HTML, ${s.name}`)).toContain(`共开展各类宣传活动${expected.events}场`)
      const fileId = report.files.map((f) => (typeof f === 'object' ? f.id : f))[0]!
      const fileDoc = (await request(server).get(`/api/report-files/${fileId}`).set(auth(tokens.compliance!))).body as { url: string }
      const bytes = await request(server).get(new URL(fileDoc.url, 'http://x').pathname).set(auth(tokens.compliance!)).buffer(true).parse((res, cb) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => cb(null, Buffer.concat(chunks)))
      })
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(bytes.body as ArrayBuffer)
      const cells: unknown[] = []
      wb.worksheets[0]!.eachRow((r) => cells.push(...(r.values as unknown[])))
      for (const v of [expected.events, expected.leaflets, expected.people]) expect(cells, ctx(`report XLSX, ${s.name}: ${v}`)).toContain(v)
      // the per-record sheet lists exactly the approved records
      expect(wb.worksheets[2]!.rowCount - 1, ctx(`report XLSX records, ${s.name}`)).toBe(expected.events)
    }
    console.log(`reconciled ${STEPS} steps (seed ${SEED}): ${ledger.size} records, ${approvedIn(null).length} approved, ${sums(approvedIn(null)).leaflets} leaflets, ${sums(approvedIn(null)).people} people`)
  }, 600_000)
})
