
import type { PayloadRequest, TaskConfig } from 'payload'

import { monthOf, previousMonth } from '../domain/dates'
import { monthLabel } from '../domain/reportNumbers'
import { env } from '../env'
import { systemRead } from '../lookups'
import { queueMail } from '../mail/send'
import { monthlyReportMail } from '../mail/templates'
import type { Report } from '../payload-types'
import { monthsOf } from '../workflow/completeness'
import { generateReport } from './generate'
import { mailLink } from '../http'

/**
 * For every running (or just closed) campaign that covered last month: the
 * draft zh report for the whole bank (PDF, DOCX, XLSX), mailed with its PDF to
 * head-office compliance. Running it twice updates the same draft.
 */
export const monthlyReports = async (req: PayloadRequest, today: Date = new Date()): Promise<Report[]> => {
  const month = previousMonth(monthOf(today))
  const campaigns = await req.payload.find({ collection: 'campaigns', ...systemRead, req, where: { status: { in: ['running', 'closed'] } } })
  const template = (await req.payload.find({ collection: 'report-templates', depth: 0, limit: 1, overrideAccess: true, req, sort: '-isDefault', where: { language: { equals: 'zh' } } })).docs[0]
  if (!template) return []
  const compliance = await req.payload.find({ collection: 'users', ...systemRead, req, select: { email: true }, where: { role: { equals: 'compliance' } } })
  const made: Report[] = []
  for (const campaign of campaigns.docs) {
    if (!monthsOf(campaign).includes(month)) continue
    const report = await generateReport(req, { campaign, formats: ['html', 'pdf', 'docx', 'xlsx'], month, template })
    made.push(report)
    const pdfId = (report.files ?? []).map((f) => (typeof f === 'object' ? f : null)).find((f) => f?.mimeType === 'application/pdf')
    const pdfDoc = pdfId ?? (await req.payload.find({ collection: 'report-files', depth: 0, limit: 1, overrideAccess: true, req, where: { and: [{ id: { in: (report.files ?? []).map((f) => (typeof f === 'object' ? f.id : f)) } }, { mimeType: { equals: 'application/pdf' } }] } })).docs[0]
    const attachments = pdfDoc ? [pdfDoc.id] : []
    const mail = monthlyReportMail({
      campaign: campaign.title,
      campaignEn: campaign.titleEn ?? campaign.title,
      monthLabel: monthLabel(month, 'zh'),
      monthLabelEn: monthLabel(month, 'en'),
      url: mailLink(`/admin/collections/reports/${report.id}`),
    })
    await queueMail(req, { ...mail, attachments, campaign: campaign.id, kind: 'monthly-report', month, to: compliance.docs.map((u) => u.email) })
  }
  return made
}

export const MonthlyReportsTask: TaskConfig<'monthlyReports'> = {
  handler: async ({ input, req }) => ({ output: { reports: (await monthlyReports(req, input?.today ? new Date(input.today) : new Date())).length } }),
  // `today` lets an operator (or a test) build the reports of another month than the one before today
  inputSchema: [{ name: 'today', type: 'date' }],
  label: 'Monthly draft reports, mailed to compliance',
  outputSchema: [{ name: 'reports', type: 'number' }],
  retries: 2,
  // 02:00 on the 1st (server time: run the server with TZ=Asia/Shanghai); REPORT_CRON overrides
  schedule: [{ cron: env.REPORT_CRON, queue: 'scheduled' }],
  slug: 'monthlyReports',
}
