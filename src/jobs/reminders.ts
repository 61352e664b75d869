import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { relId } from '../access/branchScope'
import { dayOf, nextMonth } from '../domain/dates'
import { reminderFrom } from '../domain/returns'
import { loadTree } from '../returns/service'
import { settingsFor } from '../globals/WorkflowSettings'
import { systemRead } from '../lookups'
import { queueMail } from '../mail/send'
import { reminderMail, returnDueMail, returnOverdueMail } from '../mail/templates'
import { completeness, monthsOf } from '../workflow/completeness'
import { mailLink } from '../http'

/**
 * From the configured day of the month, each manager whose branch (with its
 * subtree) has submitted nothing for the running campaign's month gets one
 * reminder that month. The mail log is what makes it once: a branch already
 * reminded for the month is skipped, so the job may run daily, or twice.
 */
export const remindBranches = async (req: PayloadRequest, today: Date = new Date()): Promise<number> => {
  const payload: Payload = req.payload
  const day = dayOf(today)
  const month = day.slice(0, 7)
  const { reminderDay } = await settingsFor(req)
  if (Number(day.slice(8, 10)) < reminderDay) return 0
  const campaigns = await payload.find({ collection: 'campaigns', ...systemRead, req, where: { status: { equals: 'running' } } })
  let sent = 0
  for (const campaign of campaigns.docs) {
    if (!monthsOf(campaign).includes(month)) continue
    const rows = (await completeness(req, campaign, month, 'all')).filter((r) => !r.hasSubmitted)
    if (rows.length === 0) continue
    const already = await payload.find({
      collection: 'notifications',
      ...systemRead,
      req,
      select: { branch: true },
      where: { and: [{ kind: { equals: 'reminder' } }, { campaign: { equals: campaign.id } }, { month: { equals: month } }] },
    })
    const done = new Set(already.docs.map((d) => String(relId(d.branch))))
    const managers = await payload.find({
      collection: 'users',
      ...systemRead,
      req,
      select: { branch: true, email: true },
      where: { and: [{ role: { equals: 'manager' } }, { branch: { in: rows.map((r) => r.branch) } }] },
    })
    for (const row of rows) {
      if (done.has(String(row.branch))) continue
      const to = managers.docs.filter((m) => String(relId(m.branch)) === String(row.branch)).map((m) => m.email)
      if (to.length === 0) continue
      const mail = reminderMail({
        branch: row.name,
        campaign: campaign.title,
        campaignEn: campaign.titleEn ?? campaign.title,
        month,
        url: mailLink('/admin/collections/activities'),
      })
      if (await queueMail(req, { ...mail, branch: row.branch, campaign: campaign.id, kind: 'reminder', month, to })) sent++
    }
  }
  return sent
}

/**
 * Monthly returns by their deadlines: from `remindDaysBefore` days before a
 * node's deadline until it passes, its managers get one reminder; once it has
 * passed without the return in, the managers of the level above (head-office
 * compliance for a top-level branch) get one notice. The mail log makes each
 * once per node and month, so the job may run daily or twice.
 */
export const remindReturns = async (req: PayloadRequest, now: Date = new Date()): Promise<{ escalated: number; reminded: number }> => {
  const payload: Payload = req.payload
  const campaigns = await payload.find({ collection: 'campaigns', ...systemRead, req, where: { status: { in: ['running', 'closed'] } } })
  const out = { escalated: 0, reminded: 0 }
  const iso = now.toISOString()
  for (const campaign of campaigns.docs) {
    for (const month of monthsOf(campaign)) {
      // a month's deadlines fall in the month after it: nothing is due before that month begins
      if (dayOf(now).slice(0, 7) < nextMonth(month)) continue
      const tree = await loadTree(req, campaign, month, 'all', now)
      const open = tree.rows.filter((r) => r.expected && r.status !== 'submitted' && r.status !== 'accepted' && r.deadline)
      if (open.length === 0) continue
      const sent = await payload.find({ collection: 'notifications', ...systemRead, req, select: { branch: true, kind: true }, where: { and: [{ kind: { in: ['return-reminder', 'return-escalation'] } }, { campaign: { equals: campaign.id } }, { month: { equals: month } }] } })
      const done = new Set(sent.docs.map((d) => `${d.kind}:${String(relId(d.branch))}`))
      const url = mailLink(`/admin/returns?campaign=${campaign.id}&month=${month}`)
      for (const row of open) {
        const deadline = row.deadline!
        const due = dayOf(deadline)
        if (iso <= deadline && iso >= reminderFrom(deadline, campaign.deadlines) && !done.has(`return-reminder:${String(row.id)}`)) {
          const to = await managersOf(req, row.id)
          const mail = returnDueMail({ branch: row.name, campaign: campaign.title, campaignEn: campaign.titleEn ?? campaign.title, deadline: due, month, url })
          if (await queueMail(req, { ...mail, branch: row.id, campaign: campaign.id, kind: 'return-reminder', month, to })) out.reminded++
        }
        if (iso > deadline && !done.has(`return-escalation:${String(row.id)}`)) {
          const parent = row.parent === null ? null : tree.rows.find((r) => String(r.id) === String(row.parent))
          const to = parent ? await managersOf(req, parent.id) : (await payload.find({ collection: 'users', ...systemRead, req, select: { email: true }, where: { role: { equals: 'compliance' } } })).docs.map((u) => u.email)
          const mail = returnOverdueMail({ branch: row.name, campaign: campaign.title, campaignEn: campaign.titleEn ?? campaign.title, deadline: due, month, supervisor: parent?.name ?? '总行', url })
          if (await queueMail(req, { ...mail, branch: row.id, campaign: campaign.id, kind: 'return-escalation', month, to })) out.escalated++
        }
      }
    }
  }
  return out
}

const managersOf = async (req: PayloadRequest, branch: number | string): Promise<string[]> =>
  (await req.payload.find({ collection: 'users', ...systemRead, req, select: { email: true }, where: { and: [{ role: { equals: 'manager' } }, { branch: { equals: branch } }] } })).docs.map((u) => u.email)

export const RemindBranchesTask: TaskConfig<'remindBranches'> = {
  handler: async ({ req }) => {
    const returns = await remindReturns(req)
    return { output: { sent: (await remindBranches(req)) + returns.reminded + returns.escalated } }
  },
  label: 'Remind branches that have not submitted, and escalate overdue monthly returns',
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '0 1 * * *', queue: 'scheduled' }],
  slug: 'remindBranches',
}
