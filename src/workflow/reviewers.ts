import type { PayloadRequest } from 'payload'

import { relId, userBranchId } from '../access/branchScope'
import { roleOf } from '../access/roles'
import { isReviewer, type ReviewLevel, reviewNodes, toReviewLevel } from '../domain/workflow'
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
