/**
 * The workflow's mails, received by a real SMTP server in this process:
 * returned records to their submitter, reminders to managers of branches that
 * have submitted nothing, and the digest of newly flagged records. Mails go
 * through the outbox: written with the change, sent by the `sendMail` job
 * after commit; a rolled-back change sends nothing, and an SMTP server that
 * is down delays the mail, never the user.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type Booted, bootPayload } from '../helpers/boot'
import { startSmtp } from '../helpers/smtp'
import { activityData, buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let smtp: Awaited<ReturnType<typeof startSmtp>>
let payload: Payload

beforeAll(async () => {
  smtp = await startSmtp()
  b = await bootPayload({ MAIL_FROM_ADDRESS: 'fanzha@bank.example.cn', MAIL_RETRY_SECONDS: '1', SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) })
  payload = b.payload
  w = await buildWorld(payload)
})
afterAll(async () => {
  await b?.cleanup()
  await smtp?.close()
})

/** What the server's minute cron does: the outbox's due mails sent. */
const deliver = () => payload.jobs.run({ queue: 'mail' })

const waitFor = async (n: number) => {
  await deliver()
  for (let i = 0; i < 100 && smtp.inbox.length < n; i++) await new Promise((r) => setTimeout(r, 50))
}

describe('mail', () => {
  it('tells the submitter, in Chinese (English beneath), that a record was returned and why', async () => {
    const rec = await payload.create({ collection: 'activities', data: activityData(w, 'A1-O1', { title: '十月厅堂宣传', type: 'lobby' }), overrideAccess: false, user: w.users.staffA1O1 })
    await payload.update({ collection: 'activities', data: { status: 'submitted' }, id: rec.id, overrideAccess: false, user: w.users.staffA1O1 })
    smtp.inbox.length = 0
    await payload.update({ collection: 'activities', data: { returnReason: '缺少现场照片，请补充。', status: 'returned' }, id: rec.id, overrideAccess: false, user: w.users.compliance })
    await waitFor(1)
    expect(smtp.inbox).toHaveLength(1)
    const mail = smtp.inbox[0]!
    expect(mail.to).toEqual([w.users.staffA1O1!.email])
    expect(mail.from).toBe('fanzha@bank.example.cn')
    expect(mail.subject).toBe('【反诈宣传】活动记录被退回：十月厅堂宣传')
    expect(mail.text).toContain('退回原因：缺少现场照片，请补充。')
    expect(mail.text).toContain(`/admin/collections/activities/${rec.id}`)
    expect(mail.text).toContain('Reason: 缺少现场照片，请补充。')
    const log = await payload.find({ collection: 'notifications', where: { kind: { equals: 'returned' } } })
    expect(log.docs[0]).toMatchObject({ attempts: 1, error: null, status: 'sent', to: w.users.staffA1O1!.email })
  })

  it('reminds, once a month from the configured day, the managers whose branch has submitted nothing', async () => {
    const { remindBranches } = await import('../../src/jobs/reminders')
    const { createLocalReq } = await import('payload')
    // B1's only record is still a draft; A1 has a submitted one (above, now returned: submit another)
    const sub = await payload.create({ collection: 'activities', data: activityData(w, 'A1-O2', { type: 'lobby' }), overrideAccess: false, user: w.users.managerA1 })
    await payload.update({ collection: 'activities', data: { status: 'submitted' }, id: sub.id, overrideAccess: false, user: w.users.managerA1 })
    await payload.updateGlobal({ data: { reminderDay: 20 }, slug: 'workflow-settings' })
    const req = await createLocalReq({}, payload)
    smtp.inbox.length = 0
    expect(await remindBranches(req, new Date('2026-10-19T04:00:00Z'))).toBe(0) // before the day
    const sent = await remindBranches(req, new Date('2026-10-21T04:00:00Z'))
    expect(sent).toBe(1)
    await waitFor(1)
    const log = await payload.find({ collection: 'notifications', where: { kind: { equals: 'reminder' } } })
    expect(log.docs.map((d) => [d.to, d.error, d.status])).toEqual([[w.users.managerB1!.email, null, 'sent']])
    expect(smtp.inbox).toHaveLength(1)
    const mail = smtp.inbox[0]!
    expect(mail.to).toEqual([w.users.managerB1!.email])
    expect(mail.subject).toBe(`【反诈宣传】提醒：${w.branches.B1!.name} 2026-10 尚未报送活动记录`)
    expect(mail.text).toContain('测试宣传月')
    // the next day's run sends nothing again
    expect(await remindBranches(await createLocalReq({}, payload), new Date('2026-10-22T04:00:00Z'))).toBe(0)
    await deliver()
    expect(smtp.inbox).toHaveLength(1)
  })

  it('the reminder runs as a scheduled job on the queue the server runs', async () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'remindBranches')
    expect(task?.schedule?.[0]?.queue).toBe('scheduled')
    const job = await payload.jobs.queue({ input: {}, queue: 'scheduled', task: 'remindBranches' })
    await payload.jobs.run({ queue: 'scheduled' })
    const done = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } } })
    // completed jobs are removed; a failed one would still be there with hasError
    expect(done.docs.filter((d) => d.hasError)).toEqual([])
  })

  it('sends compliance a digest of newly flagged records, once', async () => {
    const { sendFlagDigest } = await import('../../src/jobs/flagDigest')
    const { createLocalReq } = await import('payload')
    await payload.create({
      collection: 'activities',
      data: activityData(w, 'B1-O1', { reach: [{ audience: 'public', channel: 'offline', count: 5000 }], title: '超大厅堂活动', type: 'lobby' }),
      overrideAccess: false,
      user: w.users.staffB1O1,
    })
    // what earlier jobs queued (the scheduled job's monthly-return notices) goes out first
    await deliver()
    smtp.inbox.length = 0
    expect(await sendFlagDigest(await createLocalReq({}, payload))).toBe(1)
    await waitFor(1)
    expect(smtp.inbox[0]!.to).toEqual([w.users.compliance!.email])
    expect(smtp.inbox[0]!.subject).toBe('【反诈宣传】新增待复核记录 1 条')
    expect(smtp.inbox[0]!.text).toContain('超大厅堂活动')
    expect(smtp.inbox[0]!.text).toContain('覆盖人次超出同类活动上限')
    expect(await sendFlagDigest(await createLocalReq({}, payload))).toBe(0)
  })

  it('the monthly report job, run once, makes the draft report and mails compliance its PDF', async () => {
    const { loadShippedTemplates } = await import('../../src/reports/defaults')
    await loadShippedTemplates(payload)
    smtp.inbox.length = 0
    await payload.jobs.queue({ input: { today: '2026-11-01T02:00:00+08:00' }, queue: 'scheduled', task: 'monthlyReports' })
    await payload.jobs.run({ queue: 'scheduled' })
    expect(smtp.inbox).toHaveLength(0) // written to the outbox, not yet sent
    await waitFor(1)
    expect(smtp.inbox).toHaveLength(1)
    const mail = smtp.inbox[0]!
    expect(mail.to).toEqual([w.users.compliance!.email])
    expect(mail.subject).toBe('【反诈宣传】测试宣传月2026年10月工作总结（草稿）已生成')
    expect(mail.raw).toMatch(/Content-Type: application\/pdf/i)
    expect(mail.raw).toMatch(/filename="?test-month-2026-10-all-zh\.pdf/)
    const reports = await payload.find({ collection: 'reports', where: { month: { equals: '2026-10' } } })
    expect(reports.docs.map((r) => [r.status, r.language])).toEqual([['draft', 'zh']])
  })

  it('refuses a line break in a mail header', async () => {
    const { queueMail } = await import('../../src/mail/send')
    const { createLocalReq } = await import('payload')
    await expect(queueMail(await createLocalReq({}, payload), { html: 'x', kind: 'returned', subject: 'hi\r\nBcc: evil@example.com', text: 'x', to: ['a@example.cn'] })).rejects.toThrow()
    // an address smuggling a second recipient is dropped
    smtp.inbox.length = 0
    expect(await queueMail(await createLocalReq({}, payload), { html: 'x', kind: 'returned', subject: 'ok', text: 'x', to: ['a@example.cn\r\nBcc: evil@example.com'] })).toBe(false)
    await deliver()
    expect(smtp.inbox).toHaveLength(0)
  })

  it('sends nothing for a change that rolls back', async () => {
    const { createLocalReq, initTransaction, killTransaction } = await import('payload')
    const rec = await payload.create({ collection: 'activities', data: activityData(w, 'A1-O1', { title: '回滚的退回', type: 'lobby' }), overrideAccess: false, user: w.users.staffA1O1 })
    await payload.update({ collection: 'activities', data: { status: 'submitted' }, id: rec.id, overrideAccess: false, user: w.users.staffA1O1 })
    await deliver()
    smtp.inbox.length = 0
    const before = (await payload.count({ collection: 'notifications' })).totalDocs
    const req = await createLocalReq({ user: w.users.compliance as never }, payload)
    await initTransaction(req)
    await payload.update({ collection: 'activities', data: { returnReason: '不会发出', status: 'returned' }, id: rec.id, overrideAccess: false, req })
    await killTransaction(req)
    await deliver()
    expect(smtp.inbox).toHaveLength(0)
    expect((await payload.count({ collection: 'notifications' })).totalDocs).toBe(before)
    expect((await payload.findByID({ collection: 'activities', id: rec.id })).status).toBe('submitted')
  })

  it('keeps the mail while the SMTP server is down and sends it once it is back', async () => {
    const rec = await payload.create({ collection: 'activities', data: activityData(w, 'A1-O1', { title: '服务器停机时退回', type: 'lobby' }), overrideAccess: false, user: w.users.staffA1O1 })
    await payload.update({ collection: 'activities', data: { status: 'submitted' }, id: rec.id, overrideAccess: false, user: w.users.staffA1O1 })
    await deliver()
    const port = smtp.port
    await smtp.close()
    // the reviewer's action succeeds at once: the mail only waits in the outbox
    const returned = await payload.update({ collection: 'activities', data: { returnReason: '照片模糊', status: 'returned' }, id: rec.id, overrideAccess: false, user: w.users.compliance })
    expect(returned.status).toBe('returned')
    await deliver()
    const [waiting] = (await payload.find({ collection: 'notifications', where: { subject: { contains: '服务器停机时退回' } } })).docs
    expect(waiting).toMatchObject({ attempts: 1, status: 'pending' })
    expect(waiting!.error).toBeTruthy()

    smtp = await startSmtp(port)
    await deliver() // not yet due: the next try waits (1 s here, a minute by default)
    expect(smtp.inbox).toHaveLength(0)
    await new Promise((r) => setTimeout(r, 1200))
    await waitFor(1)
    expect(smtp.inbox.map((m) => m.subject)).toEqual(['【反诈宣传】活动记录被退回：服务器停机时退回'])
    const sent = await payload.findByID({ collection: 'notifications', id: waiting!.id })
    expect(sent).toMatchObject({ attempts: 2, error: null, status: 'sent' })
    // sent once: running the queue again sends nothing more
    await deliver()
    expect(smtp.inbox).toHaveLength(1)
  })
})
