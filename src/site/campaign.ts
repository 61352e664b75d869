import config from '@payload-config'
import { createLocalReq, getPayload } from 'payload'

import { sumFigures } from '../domain/rollup'
import { totalsFor } from '../reports/totals'
import { monthsOf } from '../workflow/completeness'
import type { SiteLang } from './i18n'

export type Headline = { campaign: string; events: number; leaflets: number; people: number }

/**
 * The running campaign's headline figures for the public home page: approved
 * records only, summed from the rollups (a few rows per month, never the records).
 */
export const campaignHeadline = async (lang: SiteLang): Promise<Headline | null> => {
  const payload = await getPayload({ config })
  const req = await createLocalReq({}, payload)
  const campaign = (
    await payload.find({ collection: 'campaigns', depth: 0, limit: 1, overrideAccess: true, req, select: { endDate: true, startDate: true, title: true, titleEn: true }, sort: '-startDate', where: { status: { equals: 'running' } } })
  ).docs[0]
  if (!campaign) return null
  const perMonth = await Promise.all(monthsOf(campaign).map((month) => totalsFor(req, { campaign: campaign.id, month, root: null })))
  const total = sumFigures(perMonth.map((p) => p.totals))
  return { campaign: lang === 'en' ? (campaign.titleEn ?? campaign.title) : campaign.title, events: total.events, leaflets: total.leaflets, people: total.people }
}
