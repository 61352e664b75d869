import type { DateFieldValidation } from 'payload'

import { relId } from '../../src/access/branchScope'
import { dayOf, isWithin } from '../../src/domain/dates'
import { t } from '../../src/i18n/messages'
import { campaignById } from '../../src/lookups'

/** An activity happens inside its campaign's period (compared as days in Beijing time). */
export const validateDateInCampaign: DateFieldValidation = async (value, { data, req, required }) => {
  if (value === null || value === undefined) return required ? req.t('validation:required') : true
  const campaignId = relId((data as { campaign?: unknown }).campaign)
  if (campaignId === null) return true // "campaign is required" is reported on that field
  const campaign = await campaignById(req, campaignId)
  if (!campaign) return t(req, 'campaignNotFound')
  const [day, start, end] = [dayOf(value), dayOf(campaign.startDate), dayOf(campaign.endDate)]
  return isWithin(day, start, end) ? true : t(req, 'activityDateOutsideCampaign', { date: day, end, start })
}
