import type { Endpoint } from 'payload'
import { z } from 'zod'

import { roleOf } from '../access/roles'
import { dayOf } from '../domain/dates'
import { MONTH_PATTERN } from '../domain/monthLock'
import { docId, fileResponse, json, jsonError } from '../http'
import { message, toLang } from '../i18n/messages'
import { completeness, completenessXlsx, monthsOf } from './completeness'

const query = z.object({
  campaign: docId,
  format: z.enum(['json', 'xlsx']).default('json'),
  month: z.string().regex(MONTH_PATTERN),
})

export const workflowEndpoints: Endpoint[] = [
  {
    // who has submitted what this month: head office sees every branch, a manager their subtree
    handler: async (req) => {
      const role = roleOf(req.user)
      if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
      if (role !== 'admin' && role !== 'compliance' && role !== 'manager') return jsonError(req, 403, req.t('error:notAllowedToPerformAction'))
      const lang = toLang(req.i18n?.language)
      const q = query.safeParse(Object.fromEntries(req.searchParams))
      if (!q.success) return jsonError(req, 400, message(lang, 'monthFormat'))
      const campaign = await req.payload.findByID({ collection: 'campaigns', depth: 0, disableErrors: true, id: q.data.campaign, overrideAccess: false, req, user: req.user })
      if (!campaign) return jsonError(req, 404, message(lang, 'campaignNotFound'))
      if (!monthsOf(campaign).includes(q.data.month)) {
        return jsonError(req, 400, message(lang, 'monthOutsideCampaign', { end: dayOf(campaign.endDate), month: q.data.month, start: dayOf(campaign.startDate) }))
      }
      const rows = await completeness(req, campaign, q.data.month)
      if (q.data.format === 'xlsx') {
        const title = lang === 'zh' ? campaign.title : (campaign.titleEn ?? campaign.title)
        return fileResponse(req, await completenessXlsx(rows, lang, title, q.data.month), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `completeness-${campaign.slug}-${q.data.month}.xlsx`)
      }
      return json(req, { campaign: campaign.id, month: q.data.month, months: monthsOf(campaign), notSubmitted: rows.filter((r) => !r.hasSubmitted).length, rows })
    },
    method: 'get',
    path: '/completeness',
  },
]
