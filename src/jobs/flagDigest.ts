import type { PayloadRequest, TaskConfig } from 'payload'

import { relId } from '../access/branchScope'
import { flagOptions } from '../domain/workflow'
import { branchById, systemRead } from '../lookups'
import { queueMail } from '../mail/send'
import { flagDigestMail } from '../mail/templates'
import { mailLink } from '../http'

/**
 * Compliance hears, once, about records flagged since the last digest
 * (outliers and duplicate photos). The last digest in the mail log marks
 * where the next one starts.
 */
export const sendFlagDigest = async (req: PayloadRequest): Promise<number> => {
  const { payload } = req
  // the last digest written to the outbox covered everything flagged before it (it is sent, or will be, by the outbox)
  const last = await payload.find({ collection: 'notifications', depth: 0, limit: 1, overrideAccess: true, req, sort: '-createdAt', where: { and: [{ kind: { equals: 'flag-digest' } }, { status: { not_equals: 'failed' } }] } })
  const since = last.docs[0]?.createdAt
  const flagged = await payload.find({
    collection: 'activities',
    depth: 0,
    limit: 200,
    overrideAccess: true,
    req,
    select: { branch: true, flags: true, title: true },
    sort: 'flaggedAt',
    where: since ? { flaggedAt: { greater_than: since } } : { flaggedAt: { exists: true } },
  })
  if (flagged.docs.length === 0) return 0
  const compliance = await payload.find({ collection: 'users', ...systemRead, req, select: { email: true }, where: { role: { equals: 'compliance' } } })
  if (compliance.docs.length === 0) return 0
  const items = []
  for (const a of flagged.docs) {
    const branchId = relId(a.branch)
    const branch = branchId === null ? null : await branchById(req, branchId)
    const labels = (a.flags ?? []).map((f) => flagOptions.find((o) => o.value === f)?.label)
    items.push({
      branch: branch?.name ?? '',
      flags: labels.map((l) => l?.zh).join('；'),
      flagsEn: labels.map((l) => l?.en).join('; '),
      title: a.title,
      url: mailLink(`/admin/collections/activities/${a.id}`),
    })
  }
  const mail = flagDigestMail({ items, url: mailLink('/admin/collections/activities?where[flags][exists]=true') })
  await queueMail(req, { ...mail, activities: flagged.docs.map((d) => d.id), kind: 'flag-digest', to: compliance.docs.map((u) => u.email) })
  return items.length
}

export const FlagDigestTask: TaskConfig<'flagDigest'> = {
  handler: async ({ req }) => ({ output: { records: await sendFlagDigest(req) } }),
  label: 'Digest of newly flagged records to compliance',
  outputSchema: [{ name: 'records', type: 'number' }],
  retries: 2,
  schedule: [{ cron: '30 9 * * *', queue: 'scheduled' }],
  slug: 'flagDigest',
}
