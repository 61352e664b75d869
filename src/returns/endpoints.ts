import { commitTransaction, initTransaction, killTransaction, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { roleOf } from '../access/roles'
import { dayOf } from '../domain/dates'
import { MONTH_PATTERN } from '../domain/monthLock'
import { RETURN_ACTIONS, type ReturnAction } from '../domain/returns'
import { docId, json, jsonError } from '../http'
import { message, toLang } from '../i18n/messages'
import type { Campaign } from '../payload-types'
import { monthsOf } from '../workflow/completeness'
import { actOnReturn, loadTree } from './service'

const treeQuery = z.object({ campaign: docId, month: z.string().regex(MONTH_PATTERN) })
const actBody = z.object({
  action: z.enum(RETURN_ACTIONS as unknown as [ReturnAction, ...ReturnAction[]]),
  branch: docId,
  campaign: docId,
  month: z.string().regex(MONTH_PATTERN),
  narrative: z.string().max(20_000).optional().nullable(),
  reason: z.string().max(2000).optional().nullable(),
})

/** The campaign the user may read, and the month inside it, or the refusal to answer. */
const campaignMonth = async (req: PayloadRequest, campaign: number | string, month: string): Promise<Campaign | Response> => {
  const lang = toLang(req.i18n?.language)
  const c = await req.payload.findByID({ collection: 'campaigns', depth: 0, disableErrors: true, id: campaign, overrideAccess: false, req, user: req.user })
  if (!c) return jsonError(req, 404, message(lang, 'campaignNotFound'))
  if (!monthsOf(c).includes(month)) return jsonError(req, 400, message(lang, 'monthOutsideCampaign', { end: dayOf(c.endDate), month, start: dayOf(c.startDate) }))
  return c
}

export const returnEndpoints: Endpoint[] = [
  {
    // the month's returns as a tree with each subtree's reporting and on-time rates (from rollups and returns)
    handler: async (req) => {
      if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
      const role = roleOf(req.user)
      if (role !== 'admin' && role !== 'compliance' && role !== 'manager') return jsonError(req, 403, req.t('error:notAllowedToPerformAction'))
      const q = treeQuery.safeParse(Object.fromEntries(req.searchParams))
      if (!q.success) return jsonError(req, 400, message(toLang(req.i18n?.language), 'monthFormat'))
      const campaign = await campaignMonth(req, q.data.campaign, q.data.month)
      if (campaign instanceof Response) return campaign
      const tree = await loadTree(req, campaign, q.data.month)
      return json(req, { campaign: campaign.id, deadlines: campaign.deadlines ?? null, month: q.data.month, months: monthsOf(campaign), rows: tree.rows })
    },
    method: 'get',
    path: '/tree',
  },
  {
    // one step on a node's return: submit, accept, return, no-activity (all or nothing)
    handler: async (req) => {
      if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
      const lang = toLang(req.i18n?.language)
      let raw: unknown
      try {
        raw = typeof req.json === 'function' ? await req.json() : req.data
      } catch {
        raw = undefined
      }
      const parsed = actBody.safeParse(raw)
      if (!parsed.success) return jsonError(req, 400, message(lang, 'returnRequestInvalid'))
      const campaign = await campaignMonth(req, parsed.data.campaign, parsed.data.month)
      if (campaign instanceof Response) return campaign
      const own = await initTransaction(req)
      try {
        const doc = await actOnReturn(req, { ...parsed.data, campaign })
        if (own) await commitTransaction(req)
        return json(req, { doc })
      } catch (e) {
        if (own) await killTransaction(req)
        throw e
      }
    },
    method: 'post',
    path: '/act',
  },
]
