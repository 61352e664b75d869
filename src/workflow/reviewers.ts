import type { PayloadRequest } from 'payload'

import { relId, sameId, userBranchId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { isReviewer, type ReviewLevel, reviewNodes, toReviewLevel } from '../domain/workflow'
import type { Lang } from '../i18n/messages'
import { branchById, campaignById } from '../lookups'

/** The campaign's review level and whether the request's user reviews a record placed here (campaign and branches read once per request). */
export const reviewerOf = async (req: PayloadRequest, record: { branch?: unknown; campaign?: unknown }): Promise<{ reviewLevel: ReviewLevel; reviews: boolean }> => {
  const campaignId = relId(record.campaign)
  const branchId = relId(record.branch)
  const campaign = campaignId === null ? null : await campaignById(req, campaignId)
  const level = toReviewLevel(campaign?.reviewLevel)
  const branch = branchId === null ? null : await branchById(req, branchId)
  if (!branch) return { reviewLevel: level, reviews: roleOf(req.user) === 'admin' }
  const nearest = reviewNodes(level, branch).at(-1)
  const nearestIsHeadOffice = nearest !== undefined && (await branchById(req, nearest))?.level === 'head-office'
  return { reviewLevel: level, reviews: isReviewer({ level, nearestIsHeadOffice, record: branch, role: roleOf(req.user), userBranch: userBranchId(req.user) }) }
}

type Participation = { createdBy?: unknown; figuresBy?: unknown; history?: ReadonlyArray<{ by?: unknown; to?: string | null }> | null }

/**
 * Separation of duties: whoever filed the record, submitted it last, or last
 * changed its figures does not review it.
 */
export const tookPartIn = (userId: number | string | undefined, doc: Participation): boolean => {
  if (userId === undefined) return false
  const lastSubmit = [...(doc.history ?? [])].reverse().find((h) => h.to === 'submitted')
  return [doc.createdBy, doc.figuresBy, lastSubmit?.by].some((who) => sameId(relId(who), userId))
}

/** Who reviews a campaign's records instead, in words (for the refusal). */
export const reviewersInWords = (level: ReviewLevel, lang: Lang): string =>
  ({
    'head-office': { en: 'head-office compliance', zh: '总行合规人员' },
    own: { en: "another manager of the record's branch or of a branch above it", zh: '本机构或上级机构的其他负责人' },
    supervising: { en: 'a manager of the branch above', zh: '上级机构负责人' },
  })[level][lang]
