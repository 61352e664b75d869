import type { Payload, PayloadRequest, TaskConfig } from 'payload'

import { relId } from '../access/branchScope'
import { dayOf } from '../domain/dates'
import { settingsFor } from '../globals/WorkflowSettings'
import { systemRead } from '../lookups'
import { queueMail } from '../mail/send'
import { reminderMail } from '../mail/templates'
import { completeness, monthsOf } from '../workflow/completeness'

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
        url: `${payload.config.serverURL}/admin/collections/activities`,
      })
      if (await queueMail(req, { ...mail, branch: row.branch, campaign: campaign.id, kind: 'reminder', month, to })) sent++
    }
  }
  return sent
}

export const RemindBranchesTask: TaskConfig<'remindBranches'> = {
  handler: async ({ req }) => ({ output: { sent: await remindBranches(req) } }),
  label: 'Remind branches that have not submitted',
  outputSchema: [{ name: 'sent', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '0 1 * * *', queue: 'scheduled' }],
  slug: 'remindBranches',
}
