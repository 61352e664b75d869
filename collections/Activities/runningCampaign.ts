import type { PayloadRequest } from 'payload'

/** A new record belongs to the campaign running now (the latest to start, if several), so nobody has to pick it. */
export const runningCampaignId = async ({ req }: { req: PayloadRequest }): Promise<number | string | undefined> => {
  if (!req?.payload || !req.user) return undefined
  const { docs } = await req.payload.find({ collection: 'campaigns', depth: 0, limit: 1, overrideAccess: false, pagination: false, req, select: { startDate: true }, sort: '-startDate', user: req.user, where: { status: { equals: 'running' } } })
  return docs[0]?.id
}
