/**
 * The month up the tree over REST: bulk review (all or nothing, in the
 * caller's scope, under the campaign's review level), monthly returns
 * (submit, accept, return, no activity; the freeze and stale marks), the
 * tree's rates, and the append-only, hash-chained audit log — each refusal
 * with its words in zh and en.
 */
import { spawnSync } from 'node:child_process'
import type { Server } from 'node:http'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { auditEntriesPending } from '../../src/audit/log'
import { verifyAuditLog } from '../../src/audit/verify'
import { remindReturns } from '../../src/jobs/reminders'
import { loadShippedTemplates } from '../../src/reports/defaults'
import { generateReport } from '../../src/reports/generate'
import { noonInShanghai } from '../../src/domain/dates'
import type { Activity, Campaign } from '../../src/payload-types'
import { type Booted, bootPayload } from '../helpers/boot'
import { rawSql } from '../helpers/engine'
import { auth, login, startServer } from '../helpers/http'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server
let month: Campaign
const tokens: Record<string, string> = {}
const MONTH = '2026-10'

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
  // a campaign reviewed down the tree, as the bank runs it (the world's own reviews at head office)
  month = await b.payload.create({
    collection: 'campaigns',
    data: { endDate: noonInShanghai('2026-10-31'), participatingBranches: [w.branches.A!.id, w.branches.B!.id], slug: 'tree-month', startDate: noonInShanghai('2026-10-01'), status: 'running', title: '逐级报送宣传月' },
  })
  server = startServer(b.config)
  for (const [key, u] of Object.entries(w.users)) tokens[key] = await login(server, u.email)
}, 60_000)
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const as = (key: string) => w.users[key]
const file = (who: string, branch: string, extra: Partial<Activity> = {}) =>
  b.payload.create({ collection: 'activities', data: { ...activityData(w, branch, { type: 'lobby' }), campaign: month.id, ...extra }, overrideAccess: false, user: as(who) })
const submit = (who: string, id: number | string) => b.payload.update({ collection: 'activities', data: { status: 'submitted' }, id, overrideAccess: false, user: as(who) })
const reviewAs = (who: string, body: object, lang = 'zh') => request(server).post('/api/activities/review').set(auth(tokens[who]!)).set('Accept-Language', lang).send(body)
const act = (who: string, branch: string, action: string, extra: object = {}, lang = 'zh') =>
  request(server).post('/api/monthly-returns/act').set(auth(tokens[who]!)).set('Accept-Language', lang).send({ action, branch: w.branches[branch]!.id, campaign: month.id, month: MONTH, ...extra })
const statusOf = async (id: number | string) => (await b.payload.findByID({ collection: 'activities', depth: 0, id })).status

const records: Activity[] = []

describe('bulk review', () => {
  it('is all or nothing: one record the reviewer may not approve (their own) leaves every record as it was, and says why', async () => {
    for (let i = 0; i < 3; i++) records.push(await file('staffA1O1', 'A1-O1', { title: `A1-O1 厅堂 ${i}` }))
    for (const r of records) await submit('staffA1O1', r.id)
    const own = await file('managerA1', 'A1-O2', { title: '负责人本人登记' })
    await submit('managerA1', own.id)
    const res = await reviewAs('managerA1', { action: 'approve', ids: [...records.map((r) => r.id), own.id] })
    expect(res.status).toBe(409)
    expect(res.body.done).toBe(0)
    expect(res.body.refused).toHaveLength(1)
    expect(res.body.refused[0]).toMatchObject({ id: own.id, title: '负责人本人登记' })
    expect(res.body.refused[0].message).toContain('您登记、提交或最近修改过该记录的数据')
    expect(res.body.errors[0].message).toContain('均未改动')
    for (const r of records) expect(await statusOf(r.id)).toBe('submitted')
    // the same in English
    const en = await reviewAs('managerA1', { action: 'approve', ids: [own.id] }, 'en')
    expect(en.body.refused[0].message).toContain('You filed, submitted or last changed the figures of this record')
  })

  it('refuses other branches\' ids like missing ones, staff altogether, and malformed bodies in the caller\'s language', async () => {
    const foreign = await reviewAs('managerB1', { action: 'approve', ids: [records[0]!.id] })
    expect(foreign.status).toBe(409)
    expect(foreign.body.refused[0].message).toContain('不在您的审核范围')
    expect(await statusOf(records[0]!.id)).toBe('submitted')
    expect((await reviewAs('staffA1O1', { action: 'approve', ids: [records[0]!.id] })).status).toBe(403)
    const bad = await reviewAs('managerA1', { action: 'approve' }, 'en')
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].message).toContain('approve or return')
    const noReason = await reviewAs('managerA1', { action: 'return', ids: [records[0]!.id] })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors[0].message).toContain('原因')
    // head office does not approve an outlet's record in a campaign reviewed by the level above, but returns it
    const ho = await reviewAs('compliance', { action: 'approve', ids: [records[0]!.id] })
    expect(ho.status).toBe(409)
    expect(ho.body.refused[0].message).toContain('上级机构负责人')
  })

  it('reviews "all submitted of this node and month" by filter, counting them by branch first (preview), once per bucket', async () => {
    const filter = { branch: w.branches['A1-O1']!.id, campaign: month.id, month: MONTH }
    const preview = await reviewAs('managerA1', { action: 'approve', filter, preview: true })
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ counts: { byBranch: [{ branch: '机构A1-O1', n: 3 }], records: 3 }, done: 0, preview: true, refused: [] })
    expect(await statusOf(records[0]!.id)).toBe('submitted')
    const done = await reviewAs('managerA1', { action: 'approve', filter })
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ done: 3, refused: [] })
    for (const r of records) expect(await statusOf(r.id)).toBe('approved')
    const rollup = (await b.payload.find({ collection: 'rollups', where: { and: [{ campaign: { equals: month.id } }, { branch: { equals: w.branches['A1-O1']!.id } }] } })).docs[0]!
    expect(rollup.events).toBe(3)
    const history = (await b.payload.findByID({ collection: 'activities', id: records[0]!.id })).history!
    expect(history.at(-1)).toMatchObject({ from: 'submitted', to: 'approved' })
  })
})

describe('monthly returns', () => {
  it('a sub-branch submits once no record of its own or its outlets awaits review; its figures are frozen with a fingerprint', async () => {
    const waiting = await file('staffA1O1', 'A1-O1', { title: '待审核' })
    await submit('staffA1O1', waiting.id)
    const early = await act('managerA1', 'A1', 'submit')
    expect(early.status).toBe(409)
    // the one filed here and the manager's own (which someone else must review)
    expect(early.body.errors[0].message).toContain('2 条记录待审核')
    expect((await reviewAs('managerA1', { action: 'return', ids: [waiting.id], reason: '照片缺失' })).status).toBe(200)
    const own = (await b.payload.find({ collection: 'activities', where: { title: { equals: '负责人本人登记' } } })).docs[0]!
    expect((await reviewAs('compliance', { action: 'return', ids: [own.id], reason: '请补充照片' })).status).toBe(200)
    const ok = await act('managerA1', 'A1', 'submit', { narrative: '本月走进社区开展宣传三场。' })
    expect(ok.status).toBe(200)
    expect(ok.body.doc).toMatchObject({ narrative: '本月走进社区开展宣传三场。', stale: false, status: 'submitted' })
    expect(ok.body.doc.snapshot.events).toBe(3)
    expect(ok.body.doc.snapshot.notIncluded).toBe(2)
    expect(ok.body.doc.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it('freezes the records below a signed-off node: staff and managers are refused with the node named (zh and en)', async () => {
    const zh = await request(server).patch(`/api/activities/${records[0]!.id}`).set(auth(tokens.managerA1!)).set('Accept-Language', 'zh').send({ title: '改' })
    expect(zh.status).toBe(423)
    expect(zh.body.errors[0].message).toContain('机构A1 2026-10 的月度报送已报送')
    const en = await request(server).post('/api/activities').set(auth(tokens.staffA1O1!)).set('Accept-Language', 'en').send({ ...activityData(w, 'A1-O1', { type: 'lobby' }), campaign: month.id })
    expect(en.status).toBe(423)
    expect(en.body.errors[0].message).toContain('records are frozen')
  })

  it('only the level above accepts; a branch cannot submit before every sub-branch below is accepted or marked without activity', async () => {
    const self = await act('managerA1', 'A1', 'accept', {}, 'en')
    expect(self.status).toBe(403)
    expect(self.body.errors[0].message).toContain('level above')
    const stranger = await act('managerB1', 'A1', 'accept')
    expect(stranger.status).toBe(403)
    const ho = await act('compliance', 'A1', 'accept')
    expect(ho.status).toBe(403)
    expect((await act('managerA', 'A1', 'accept')).status).toBe(200)
    const blocked = await act('managerA', 'A', 'submit')
    expect(blocked.status).toBe(409)
    expect(blocked.body.errors[0].message).toContain('机构A2')
    const noReason = await act('managerA', 'A2', 'no-activity')
    expect(noReason.status).toBe(400)
    expect((await act('managerA', 'A2', 'no-activity', { reason: '本月无网点开展活动（装修停业）' })).status).toBe(200)
    // an outlet files no return of its own
    expect((await act('managerA1', 'A1-O1', 'submit')).status).toBe(409)
  })

  it('compliance accepts the top-level branch, never before it is submitted; a child under a signed-off parent cannot be returned', async () => {
    const early = await act('compliance', 'A', 'accept')
    expect(early.status).toBe(409)
    expect(early.body.errors[0].message).toContain('未报送')
    expect((await act('managerA', 'A', 'submit', { narrative: '分行本月重点：进社区、进校园。' })).status).toBe(200)
    expect((await act('managerA1', 'A', 'accept')).status).toBe(403)
    expect((await act('compliance', 'A', 'accept')).status).toBe(200)
    const under = await act('compliance', 'A1', 'return', { reason: '数据需复核' })
    expect(under.status).toBe(409)
    expect(under.body.errors[0].message).toContain('机构A')
  })

  it("an administrator's late correction marks every signed-off return above it stale", async () => {
    await b.payload.update({ collection: 'activities', data: { correctionReason: '人数录入有误', reach: [{ audience: 'elderly', channel: 'offline', count: 41 }] }, id: records[0]!.id, overrideAccess: false, user: as('admin') })
    const returns = await b.payload.find({ collection: 'monthly-returns', depth: 0, where: { campaign: { equals: month.id } } })
    const stale = Object.fromEntries(returns.docs.map((r) => [String(r.branch), r.stale]))
    expect(stale[String(w.branches.A1!.id)]).toBe(true)
    expect(stale[String(w.branches.A!.id)]).toBe(true)
    expect(stale[String(w.branches.A2!.id)]).toBe(false)
  })

  it('returning a return reopens its records, and is mailed; the tree gives each subtree its reporting and on-time rates', async () => {
    expect((await act('compliance', 'A', 'return', { reason: '请补充典型案例' })).status).toBe(200)
    expect((await act('managerA', 'A1', 'return', { reason: '请核对人数' })).status).toBe(200)
    const reopened = await request(server).patch(`/api/activities/${records[1]!.id}`).set(auth(tokens.admin!)).send({ highlight: true })
    expect(reopened.status).toBe(200)
    const mails = await b.payload.find({ collection: 'notifications', where: { kind: { equals: 'return-returned' } } })
    expect(mails.docs.map((m) => m.to).join()).toContain('managera1@test.example.cn')

    const tree = await request(server).get(`/api/monthly-returns/tree?campaign=${month.id}&month=${MONTH}`).set(auth(tokens.compliance!))
    expect(tree.status).toBe(200)
    const row = (code: string) => tree.body.rows.find((r: { code: string }) => r.code === code)
    expect(row('A')).toMatchObject({ depth: 0, expected: true, status: 'returned' })
    expect(row('A2')).toMatchObject({ noActivity: true, status: 'accepted' })
    // A's subtree expects A, A1, A2; A2 is in (no activity)
    expect(row('A').subtree).toMatchObject({ expected: 3, reported: 1 })
    expect(row('A').reportingRate).toBeCloseTo(1 / 3)
    expect(row('A1-O1')).toMatchObject({ expected: false, hasRecords: true })
    // a manager sees their subtree only
    const mine = await request(server).get(`/api/monthly-returns/tree?campaign=${month.id}&month=${MONTH}`).set(auth(tokens.managerB1!))
    expect(mine.body.rows.map((r: { code: string }) => r.code).sort()).toEqual(['B1', 'B1-O1'])
    expect((await request(server).get(`/api/monthly-returns/tree?campaign=${month.id}&month=${MONTH}`).set(auth(tokens.staffA1O1!))).status).toBe(403)
  })

  it('returns themselves are read in scope and written through their steps only', async () => {
    const foreign = await request(server).get(`/api/monthly-returns?where[branch][equals]=${w.branches.A1!.id}`).set(auth(tokens.managerB1!))
    expect(foreign.body.docs).toHaveLength(0)
    const anyReturn = (await b.payload.find({ collection: 'monthly-returns', limit: 1 })).docs[0]!
    expect((await request(server).patch(`/api/monthly-returns/${anyReturn.id}`).set(auth(tokens.admin!)).send({ status: 'accepted' })).status).toBe(403)
    expect((await request(server).post('/api/monthly-returns').set(auth(tokens.admin!)).send({ status: 'accepted' })).status).toBe(403)
  })
})

describe('deadlines, escalation and the report', () => {
  const localReq = async () => (await import('payload')).createLocalReq({}, b.payload)
  const mailsOf = async (kind: string) => (await b.payload.find({ collection: 'notifications', depth: 0, limit: 0, pagination: false, where: { and: [{ kind: { equals: kind } }, { campaign: { equals: month.id } }] } })).docs

  it('reminds a node\'s managers before its deadline once, and tells the level above once it has passed', async () => {
    // sub-branches are due by 5 November, branches by 8 November; reminders from two days before
    const early = await remindReturns(await localReq(), new Date('2026-11-02T02:00:00Z'))
    expect((await mailsOf('return-reminder')).length).toBe(0)
    expect(early.escalated).toBe(0)
    await remindReturns(await localReq(), new Date('2026-11-04T02:00:00Z'))
    const reminders = await mailsOf('return-reminder')
    // A1 was returned and B1 never filed: their managers hear it; A2 is in (no activity)
    expect(reminders.map((m) => m.to).sort()).toEqual(['managera1@test.example.cn', 'managerb1@test.example.cn'])
    expect(reminders[0]!.subject).toContain('将于 2026-11-05 截止')
    await remindReturns(await localReq(), new Date('2026-11-04T09:00:00Z'))
    expect((await mailsOf('return-reminder')).length).toBe(2)
    await remindReturns(await localReq(), new Date('2026-11-06T02:00:00Z'))
    const escalations = await mailsOf('return-escalation')
    // A1 overdue: branch A's manager is told; B1's branch has no manager, so nobody can be (and B1 is not marked told)
    expect(escalations.map((m) => m.to)).toEqual(['managera@test.example.cn'])
    expect(escalations[0]!.subject).toContain('逾期')
    expect(escalations[0]!.text).toContain('机构A1')
    await remindReturns(await localReq(), new Date('2026-11-07T02:00:00Z'))
    expect((await mailsOf('return-escalation')).length).toBe(1)
  })

  it('prints the timeliness per level and the narratives in the zh and en reports', async () => {
    await loadShippedTemplates(b.payload)
    const templates = await b.payload.find({ collection: 'report-templates', depth: 0 })
    const zh = templates.docs.find((t) => t.language === 'zh')!
    const en = templates.docs.find((t) => t.language === 'en')!
    const req = await (await import('payload')).createLocalReq({ user: as('compliance') as never }, b.payload)
    const report = await generateReport(req, { campaign: month, formats: ['html'], month: MONTH, template: zh })
    expect(report.html).toContain('逐级报送情况')
    expect(report.html).toMatch(/应报送机构\d+个/)
    expect(report.html).toContain('本月无网点开展活动（装修停业）')
    expect(report.html).toContain('尚未报送或被退回')
    const english = await generateReport(req, { campaign: month, formats: ['html'], month: MONTH, template: en })
    expect(english.html).toContain('On-time rate')
    expect(english.html).toContain('Branch A1')
  })
})

describe('audit log', () => {
  it('holds the decisions, returns and sign-ins with who, when and from where', async () => {
    // a month lock, a role change and a report file read are heard too
    expect((await request(server).post('/api/month-locks').set(auth(tokens.compliance!)).send({ campaign: month.id, month: MONTH, reason: '十月已结账' })).status).toBe(201)
    expect((await request(server).patch(`/api/users/${as('editor')!.id}`).set(auth(tokens.admin!)).send({ branch: w.branches.A!.id, role: 'staff' })).status).toBe(200)
    const report = await generateReport(await (await import('payload')).createLocalReq({ user: as('compliance') as never }, b.payload), { campaign: month, formats: ['xlsx'], month: MONTH, template: (await b.payload.find({ collection: 'report-templates', limit: 1 })).docs[0]! })
    const fileDoc = (await b.payload.find({ collection: 'report-files', where: { id: { in: (report.files ?? []).map((f) => (typeof f === 'object' ? f.id : f)) } } })).docs[0]!
    expect((await request(server).get(new URL(fileDoc.url!, 'http://x').pathname).set(auth(tokens.compliance!))).status).toBe(200)
    const failed = await request(server).post('/api/users/login').set('X-Forwarded-For', '10.1.2.3').send({ email: 'managera1@test.example.cn', password: 'wrong-password' })
    expect(failed.status).toBe(401)
    const entries = (await b.payload.find({ collection: 'audit-log', depth: 0, limit: 0, pagination: false, sort: 'seq' })).docs
    const actions = new Set(entries.map((e) => e.action))
    for (const a of ['login', 'login-failed', 'records-reviewed', 'return-submitted', 'return-accepted', 'return-returned', 'return-no-activity', 'record-status', 'month-locked', 'user-changed', 'report-generated', 'report-downloaded']) expect(actions).toContain(a)
    expect(entries.filter((e) => e.action === 'user-changed').at(-1)!.summary).toContain('宣传内容编辑 → 网点员工')
    const bad = entries.find((e) => e.action === 'login-failed')!
    expect(bad).toMatchObject({ actorName: 'managera1@test.example.cn' })
    expect(JSON.stringify(bad)).not.toContain('wrong-password')
    const bulk = entries.find((e) => e.action === 'records-reviewed')!
    expect(bulk.actor).toBe(as('managerA1')!.id)
  })

  it('an entry is part of the change it records: written as that change commits, gone with it when it rolls back', async () => {
    const count = async () => (await b.payload.count({ collection: 'audit-log' })).totalDocs
    const before = await count()
    const change = async (role: 'manager' | 'staff') => {
      const req = await createLocalReq({ user: as('admin') as never }, b.payload)
      await initTransaction(req)
      await b.payload.update({ collection: 'users', data: { branch: w.branches.A!.id, role }, id: as('editor')!.id, req })
      // held until the transaction ends: written last, so the chain's turn is held for the commit only
      expect(auditEntriesPending()).toBe(1)
      return req
    }
    await killTransaction(await change('manager'))
    expect(auditEntriesPending()).toBe(0)
    expect(await count()).toBe(before)
    expect((await b.payload.findByID({ collection: 'users', depth: 0, id: as('editor')!.id })).role).toBe('staff')
    await commitTransaction(await change('manager'))
    expect(auditEntriesPending()).toBe(0)
    expect(await count()).toBe(before + 1)
    const last = (await b.payload.find({ collection: 'audit-log', depth: 0, limit: 1, sort: '-seq' })).docs[0]!
    expect(last).toMatchObject({ action: 'user-changed', targetId: String(as('editor')!.id) })
    expect((await verifyAuditLog(b.payload)).problem).toBeNull()
  })

  it('nobody changes or deletes an entry through any API, administrator and Local API included', async () => {
    const entry = (await b.payload.find({ collection: 'audit-log', limit: 1 })).docs[0]!
    for (const who of ['admin', 'compliance']) {
      const patch = await request(server).patch(`/api/audit-log/${entry.id}`).set(auth(tokens[who]!)).send({ summary: '改写' })
      expect(patch.status).toBe(403)
      expect((await request(server).delete(`/api/audit-log/${entry.id}`).set(auth(tokens[who]!))).status).toBe(403)
      expect((await request(server).post('/api/audit-log').set(auth(tokens[who]!)).send({ action: 'login', summary: '伪造' })).status).toBe(403)
    }
    const gql = await request(server).post('/api/graphql').set(auth(tokens.admin!)).send({ query: `mutation { deleteAuditLog(id: ${JSON.stringify(entry.id)}) { id } }` })
    expect(JSON.stringify(gql.body)).toMatch(/error/i)
    await expect(b.payload.update({ collection: 'audit-log', data: { summary: '改写' }, id: entry.id, overrideAccess: true })).rejects.toThrow(/只能由系统追加/)
    await expect(b.payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow()
    const en = await request(server).delete(`/api/audit-log/${entry.id}`).set(auth(tokens.admin!)).set('Accept-Language', 'en')
    expect(en.status).toBe(403)
    expect((await b.payload.findByID({ collection: 'audit-log', id: entry.id })).summary).toBe(entry.summary)
  })

  it('compliance reads and exports it; branch people neither', async () => {
    expect((await request(server).get('/api/audit-log').set(auth(tokens.managerA!))).status).toBe(403)
    expect((await request(server).get('/api/audit-log/export').set(auth(tokens.managerA!))).status).toBe(403)
    const xlsx = await request(server).get('/api/audit-log/export?where[action][equals]=login').set(auth(tokens.compliance!)).buffer(true)
    expect(xlsx.status).toBe(200)
    expect(xlsx.headers['content-type']).toContain('spreadsheetml')
  })

  it('audit:verify holds on the written chain and exits 1 at the first entry edited in the database', async () => {
    expect((await verifyAuditLog(b.payload)).problem).toBeNull()
    const run = () => spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/audit-verify.ts'], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8', env: { ...process.env }, timeout: 120_000 })
    const good = run()
    expect(good.stdout).toContain('chain intact')
    expect(good.status).toBe(0)
    await rawSql(b.payload.db, `UPDATE audit_log SET summary = summary || '!' WHERE seq = 3`)
    const bad = run()
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('entry 3 was altered')
    await rawSql(b.payload.db, 'DELETE FROM audit_log WHERE seq = 2')
    expect((await verifyAuditLog(b.payload)).problem).toEqual({ problem: 'missing', seq: 2 })
  }, 240_000)
})
