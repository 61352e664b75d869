/**
 * `npm run bench:photos`: the cost of duplicate-photo detection and of bulk
 * review, on a temporary SQLite database holding 100,000 hashed photos
 * (BENCH_PHOTOS), with one photo shared by 1,000 records (BENCH_SHARED) and
 * 1,000 records with a photo each, all measured in the same run:
 *
 * - saving a record whose photo 1,000 records share vs one with its own photo
 *   (goal ≤ 2×), and filing a record with a new photo (goal ≤ 50 ms);
 * - GET /api/activities/<id> of each (goal ≤ 50 kB, ≤ 2× the time);
 * - one REST request approving the 1,000 sharing records vs the 1,000 that
 *   share nothing (goal ≤ 10 s, ≤ 1.5×), and vs Payload's own update loop
 *   over 1,000 records in one transaction (the floor).
 *
 * No assertion: numbers to compare, not a test.
 */
import { rmSync } from 'node:fs'

import { benchDir as dir } from './tempEnv'

const PHOTOS = Number(process.env.BENCH_PHOTOS ?? 100_000)
const SHARED = Number(process.env.BENCH_SHARED ?? 1_000)
const RUNS = 30

const { getPayload } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const { noonInShanghai } = await import('../src/domain/dates')
const { phashBands } = await import('../src/domain/phash')
const { startServer } = await import('../tests/helpers/http')

const config = await configPromise
const payload = await getPayload({ config })
const server = startServer(config).listen(0, '127.0.0.1')
await new Promise((r) => server.once('listening', r))
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const round = (n: number, d = 1) => +n.toFixed(d)

try {
  const ho = await payload.create({ collection: 'branches', data: { code: 'HO', level: 'head-office', name: '总行' } })
  const br = await payload.create({ collection: 'branches', data: { code: 'GZ', level: 'branch', name: '广州分行', parent: ho.id } })
  const outlet = await payload.create({ collection: 'branches', data: { code: 'GZ-1', level: 'outlet', name: '网点1', parent: br.id } })
  // single saves are timed in another outlet, whose month holds a few records (a save recomputes its own branch-month)
  const other = await payload.create({ collection: 'branches', data: { code: 'GZ-2', level: 'outlet', name: '网点2', parent: br.id } })
  const campaign = await payload.create({
    collection: 'campaigns',
    data: { endDate: noonInShanghai('2026-10-31'), participatingBranches: [br.id], slug: 'bench', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '基准测试宣传月' },
  })
  const password = 'bench-password-2026'
  await payload.create({ collection: 'users', data: { email: 'c@bench.cn', name: 'c', password, role: 'compliance' } })
  const staff = await payload.create({ collection: 'users', data: { branch: other.id, email: 's@bench.cn', name: 's', password, role: 'staff' } })
  const token = async (email: string) =>
    ((await (await fetch(`${base}/api/users/login`, { body: JSON.stringify({ email, password }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })).json()) as { token: string }).token
  const compliance = await token('c@bench.cn')

  // the bank's photo archive: hashed photos written straight to the table (uploading 100,000 images would take hours)
  const client = (payload.db as unknown as { client: { execute: (q: { args: unknown[]; sql: string }) => Promise<{ rows: Array<{ id: number }> }> } }).client
  const randomHash = () => Array.from({ length: 16 }, () => Math.floor(Math.random() * 16).toString(16)).join('')
  const insertPhotos = async (n: number, prefix: string): Promise<number[]> => {
    const ids: number[] = []
    for (let done = 0; done < n; done += 500) {
      const rows = Array.from({ length: Math.min(500, n - done) }, (_, i) => {
        const h = randomHash()
        // without a branch (like shared files), so the timed saves of another outlet may use them too
        return [`${prefix}-${done + i}.jpg`, null, h, ...phashBands(h)]
      })
      const res = await client.execute({
        args: rows.flat(),
        sql: `INSERT INTO media (filename, branch_id, phash, phash_band0, phash_band1, phash_band2, phash_band3, phash_band4, phash_band5, mime_type) VALUES ${rows.map(() => "(?, ?, ?, ?, ?, ?, ?, ?, ?, 'image/jpeg')").join(', ')} RETURNING id`,
      })
      ids.push(...res.rows.map((r) => Number(r.id)))
    }
    return ids
  }
  const t0 = process.hrtime.bigint()
  await insertPhotos(PHOTOS, 'archive')
  const [shared] = await insertPhotos(1, 'shared')
  const own = await insertPhotos(SHARED + RUNS * 2 + 2, 'own')
  console.error(`seeded ${PHOTOS} photos in ${Math.round(ms(t0))} ms`)

  const record = (photo: number, i: number, status: 'draft' | 'submitted') =>
    payload.create({
      collection: 'activities',
      data: { branch: outlet.id, campaign: campaign.id, date: noonInShanghai('2026-10-15'), photos: [photo], reach: [{ audience: 'public', channel: 'offline', count: 5 }], status, title: `记录 ${i}`, type: 'street' },
      depth: 0,
      select: { status: true },
    })
  const t1 = process.hrtime.bigint()
  const sharing: Array<number | string> = []
  for (let i = 0; i < SHARED; i++) sharing.push((await record(shared!, i, 'submitted')).id)
  const alone: Array<number | string> = []
  for (let i = 0; i < SHARED; i++) alone.push((await record(own[i]!, i, 'submitted')).id)
  console.error(`filed ${2 * SHARED} records in ${Math.round(ms(t1))} ms`)

  // saves of one record (a staff member's draft, the path a user's save takes)
  const draftShared = (await payload.create({ collection: 'activities', data: { branch: other.id, campaign: campaign.id, date: noonInShanghai('2026-10-16'), photos: [shared!], title: '草稿', type: 'lobby' }, overrideAccess: false, user: staff })).id
  const draftAlone = (await payload.create({ collection: 'activities', data: { branch: other.id, campaign: campaign.id, date: noonInShanghai('2026-10-16'), photos: [own[SHARED]!], title: '草稿', type: 'lobby' }, overrideAccess: false, user: staff })).id
  const timeSaves = async (id: number | string) => {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint()
      await payload.update({ collection: 'activities', data: { title: `草稿 ${i}` }, depth: 0, id, overrideAccess: false, user: staff })
      times.push(ms(t))
    }
    return median(times)
  }
  const phase = (what: string) => console.error(`${new Date().toISOString().slice(11, 19)} ${what}`)
  phase('saves')
  const saveShared = await timeSaves(draftShared)
  const saveAlone = await timeSaves(draftAlone)
  phase('filing with new photos')
  // filing a record with a new photo: the near-photo lookup over the whole archive
  const withNewPhoto: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = process.hrtime.bigint()
    await payload.create({ collection: 'activities', data: { branch: other.id, campaign: campaign.id, date: noonInShanghai(`2026-10-${String(1 + (i % 28)).padStart(2, '0')}`), photos: [own[SHARED + 1 + i]!], title: `新照片 ${i}`, type: 'lobby' }, depth: 0, overrideAccess: false, user: staff })
    withNewPhoto.push(ms(t))
    if (process.env.BENCH_TRACE) console.error(`new photo ${i}: ${Math.round(ms(t))} ms`)
  }
  // changing the photo of a record to the one 1,000 records share, and back
  const switchTimes: number[] = []
  for (let i = 0; i < RUNS / 2; i++) {
    for (const photo of [shared!, own[SHARED]!]) {
      const t = process.hrtime.bigint()
      await payload.update({ collection: 'activities', data: { photos: [photo] }, depth: 0, id: draftAlone, overrideAccess: false, user: staff })
      switchTimes.push(ms(t))
    }
  }

  const get = async (id: number | string) => {
    const times: number[] = []
    let bytes = 0
    for (let i = 0; i < RUNS; i++) {
      const t = process.hrtime.bigint()
      const res = await fetch(`${base}/api/activities/${id}`, { headers: { Authorization: `JWT ${compliance}` } })
      bytes = (await res.text()).length
      times.push(ms(t))
    }
    return { bytes, ms: median(times) }
  }
  phase('reads')
  const getShared = await get(sharing[0]!)
  const getAlone = await get(alone[0]!)

  const approve = async (ids: Array<number | string>) => {
    const t = process.hrtime.bigint()
    const res = await fetch(`${base}/api/activities?where[id][in]=${ids.join(',')}&limit=${ids.length}`, {
      body: JSON.stringify({ status: 'approved' }),
      headers: { Authorization: `JWT ${compliance}`, 'Content-Type': 'application/json' },
      method: 'PATCH',
    })
    const text = await res.text()
    const took = ms(t)
    const body = JSON.parse(text) as { docs: unknown[]; errors: unknown[] }
    if (res.status !== 200 || body.docs.length !== ids.length) throw new Error(`bulk approval: ${res.status} ${text.slice(0, 300)}`)
    return { bytes: text.length, ms: took }
  }
  phase('bulk approvals')
  const bulkAlone = await approve(alone)
  const bulkShared = await approve(sharing)
  phase('update loop')
  // the floor: Payload's own update loop, one record at a time, in one transaction (same hooks)
  const loopIds: Array<number | string> = []
  for (let i = 0; i < SHARED; i++) loopIds.push((await record(own[i]!, i, 'submitted')).id)
  const { createLocalReq } = await import('payload')
  const loopReq = await createLocalReq({ user: (await payload.find({ collection: 'users', where: { email: { equals: 'c@bench.cn' } } })).docs[0] as never }, payload)
  const tl = process.hrtime.bigint()
  const tx = await payload.db.beginTransaction()
  loopReq.transactionID = tx!
  for (const id of loopIds) await payload.update({ collection: 'activities', data: { status: 'approved' }, depth: 0, id, overrideAccess: false, req: loopReq, select: { status: true } })
  await payload.db.commitTransaction(tx!)
  const loopMs = ms(tl)

  const out = {
    photos_in_database: PHOTOS + own.length + 1,
    records_sharing_one_photo: SHARED,
    save_ms: { own_photo: round(saveAlone), shared_photo: round(saveShared) },
    ratio_save_shared_vs_own: round(saveShared / saveAlone, 2),
    file_with_new_photo_ms: round(median(withNewPhoto)),
    change_photo_ms: round(median(switchTimes)),
    get_record: { own_photo: getAlone, shared_photo: getShared },
    ratio_get_shared_vs_own: round(getShared.ms / getAlone.ms, 2),
    bulk_approve_1000: { own_photos: bulkAlone, shared_photo: bulkShared },
    ratio_bulk_shared_vs_own: round(bulkShared.ms / bulkAlone.ms, 2),
    payload_update_loop_1000_ms: Math.round(loopMs),
    ratio_bulk_vs_update_loop: round(bulkShared.ms / loopMs, 2),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
  }
  console.log(JSON.stringify(out, null, 2))
  console.log(
    `save with a shared photo ${out.ratio_save_shared_vs_own}× one with its own (goal ≤ 2); filing with a new photo among ${out.photos_in_database} ${out.file_with_new_photo_ms} ms (goal ≤ 50); ` +
      `GET ${getShared.bytes} B, ${out.ratio_get_shared_vs_own}× (goal ≤ 50 kB, ≤ 2); bulk approval of ${SHARED} ${Math.round(bulkShared.ms)} ms, ${out.ratio_bulk_shared_vs_own}× (goal ≤ 10 s, ≤ 1.5)`,
  )
} finally {
  server.close()
  await payload.destroy()
  rmSync(dir, { force: true, recursive: true })
}
process.exit(0)
