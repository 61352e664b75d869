import type { Endpoint } from 'payload'
import { z } from 'zod'

import { roleOf } from '../access/roles'
import { dayOf } from '../domain/dates'
import { MONTH_PATTERN } from '../domain/monthLock'
import { docId, json, jsonError } from '../http'
import { t, toLang } from '../i18n/messages'
import { monthsOf } from '../workflow/completeness'
import { FORMATS, generateReport } from './generate'

const body = z.object({
  campaign: docId,
  formats: z.array(z.enum(FORMATS)).min(1).default(['html', 'xlsx']),
  language: z.enum(['zh', 'en']).default('zh'),
  month: z.string().regex(MONTH_PATTERN),
  nextSteps: z.string().max(5000).optional(),
  scope: docId.nullable().optional(),
  template: docId.optional(),
})


/** POST /api/reports/generate — head office only; every refusal says why. */
export const reportEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
      const role = roleOf(req.user)
      if (role !== 'admin' && role !== 'compliance') return jsonError(req, 403, t(req, 'reportComplianceOnly'))
      const raw = await req.json?.().catch(() => null)
      const parsed = body.safeParse(raw ?? {})
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!
        const field = issue.path.join('.')
        const choices = field.startsWith('formats') ? t(req, 'reportFormatChoices', { formats: FORMATS.join(toLang(req.i18n?.language) === 'en' ? ', ' : '、') }) : ''
        return jsonError(req, 400, t(req, 'reportBadParameter', { choices, field }), { field })
      }
      const input = parsed.data
      const campaign = await req.payload.findByID({ collection: 'campaigns', depth: 0, disableErrors: true, id: input.campaign, overrideAccess: false, req, user: req.user })
      if (!campaign) return jsonError(req, 404, t(req, 'campaignNotFound'))
      if (!monthsOf(campaign).includes(input.month)) {
        return jsonError(req, 400, t(req, 'monthOutsideCampaign', { end: dayOf(campaign.endDate), month: input.month, start: dayOf(campaign.startDate) }))
      }
      const scope = input.scope ? await req.payload.findByID({ collection: 'branches', depth: 0, disableErrors: true, id: input.scope, overrideAccess: false, req, user: req.user }) : null
      if (input.scope && !scope) return jsonError(req, 404, t(req, 'reportScopeNotFound'))
      const template = input.template
        ? await req.payload.findByID({ collection: 'report-templates', depth: 0, disableErrors: true, id: input.template, overrideAccess: false, req, user: req.user })
        : (await req.payload.find({ collection: 'report-templates', depth: 0, limit: 1, overrideAccess: false, req, sort: '-isDefault', user: req.user, where: { language: { equals: input.language } } })).docs[0]
      if (!template) return jsonError(req, 404, t(req, 'reportTemplateNotFound'))
      const report = await generateReport(req, { campaign, formats: input.formats, month: input.month, nextSteps: input.nextSteps, scope, template })
      return json(req, { doc: report }, 201)
    },
    method: 'post',
    path: '/generate',
  },
  {
    // the rendered report, for viewing in the browser (the same access as the report itself)
    handler: async (req) => {
      const parsed = docId.safeParse(req.routeParams?.id)
      if (!parsed.success) return jsonError(req, 404, req.t('error:notFound'))
      const report = await req.payload.findByID({ collection: 'reports', depth: 0, disableErrors: true, id: parsed.data, overrideAccess: false, req, user: req.user })
      if (!report?.html) return jsonError(req, 404, req.t('error:notFound'))
      return new Response(report.html, {
        headers: {
          'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'",
          'Content-Type': 'text/html; charset=utf-8',
          'X-Content-Type-Options': 'nosniff',
        },
      })
    },
    method: 'get',
    path: '/:id/html',
  },
]
