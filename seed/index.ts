import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { noonInShanghai } from '../src/domain/dates'
import type { Audience } from '../src/domain/vocabulary'
import type { Id } from '../src/ids'
import { systemRead } from '../src/lookups'
import { loadShippedTemplates } from '../src/reports/defaults'
import { generateActivities } from './activities'
import { CAMPAIGN, DEMO_PASSWORD, seedBranches, seedMaterials, seedUsers } from './bank'
import { coverImage, materialPdf } from './materialFiles'
import { seedReturns, SIGNED_OFF_SUBS } from './returns'

export type SeedResult = { created: Record<string, number> }

/** The id the seed gave a code (a branch's, a material's); a code the seed never wrote is a mistake in the seed data. */
const idFor = (ids: Map<string, Id>, code: string): Id => {
  const id = ids.get(code)
  if (id === undefined) throw new Error(`seed: no document with the code ${code}`)
  return id
}

const paragraph = (text: string) => ({
  root: {
    children: [
      {
        children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
        direction: 'ltr' as const,
        format: '' as const,
        indent: 0,
        textFormat: 0,
        type: 'paragraph',
        version: 1,
      },
    ],
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    type: 'root',
    version: 1,
  },
})

/**
 * Creates the demo bank where it is missing; what already exists (matched by
 * branch code, e-mail, campaign slug, material code, activity externalId) is
 * left alone, so a second run changes nothing. All in one transaction.
 */
export const seed = async (payload: Payload): Promise<SeedResult> => {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const created: Record<string, number> = { activities: 0, branches: 0, campaigns: 0, materials: 0, users: 0 }
  try {
    const common = { ...systemRead, req } as const

    const branchIds = new Map<string, number | string>()
    const existingBranches = await payload.find({ collection: 'branches', ...common, select: { code: true } })
    for (const b of existingBranches.docs) branchIds.set(b.code, b.id)
    for (const b of seedBranches()) {
      if (branchIds.has(b.code)) continue
      const doc = await payload.create({
        collection: 'branches',
        data: { ...b, parent: b.parent === null ? null : idFor(branchIds, b.parent) },
        overrideAccess: true,
        req,
      })
      branchIds.set(b.code, doc.id)
      created.branches!++
    }

    const existingUsers = await payload.find({ collection: 'users', ...common, select: { email: true } })
    const emails = new Set(existingUsers.docs.map((u) => u.email))
    for (const u of seedUsers) {
      if (emails.has(u.email)) continue
      await payload.create({
        collection: 'users',
        data: { ...u, branch: u.branch === null ? null : idFor(branchIds, u.branch), password: DEMO_PASSWORD },
        overrideAccess: true,
        req,
      })
      created.users!++
    }

    const materialIds = new Map<string, number | string>()
    const existingMaterials = await payload.find({ collection: 'materials', ...common, select: { code: true } })
    for (const m of existingMaterials.docs) materialIds.set(m.code, m.id)
    for (const [i, m] of seedMaterials.entries()) {
      if (materialIds.has(m.code)) continue
      // shared files (no branch): the cover and the printable PDF the public site offers
      const cover = await payload.create({ collection: 'media', data: { alt: m.title, public: true }, file: { data: await coverImage(m.kind, i), mimetype: 'image/png', name: `${m.code.toLowerCase()}-cover.png`, size: 0 }, overrideAccess: true, req })
      const pdf = await materialPdf(m)
      const printable = await payload.create({ collection: 'media', data: { alt: m.title, public: true }, file: { data: pdf, mimetype: 'application/pdf', name: `${m.code.toLowerCase()}.pdf`, size: pdf.length }, overrideAccess: true, req })
      const doc = await payload.create({
        collection: 'materials',
        data: { _status: 'published', audiences: [...m.audiences] as Audience[], code: m.code, cover: cover.id, downloads: [{ file: printable.id, label: `${m.title}（PDF）` }], fraudTypes: [...m.fraudTypes], kind: m.kind, languages: ['zh'], summary: m.summary, title: m.title },
        locale: 'zh',
        overrideAccess: true,
        req,
      })
      const rows = (doc.downloads ?? []).map((d) => ({ file: printable.id, id: d.id, label: `${m.titleEn} (PDF)` }))
      await payload.update({ collection: 'materials', data: { _status: 'published', downloads: rows, summary: m.summaryEn, title: m.titleEn }, id: doc.id, locale: 'en', overrideAccess: true, req })
      materialIds.set(m.code, doc.id)
      created.materials!++
    }

    const existingCampaign = await payload.find({
      collection: 'campaigns',
      ...common,
      limit: 1,
      select: {},
      where: { slug: { equals: CAMPAIGN.slug } },
    })
    let campaignId = existingCampaign.docs[0]?.id
    if (campaignId === undefined) {
      const doc = await payload.create({
        collection: 'campaigns',
        data: {
          ...CAMPAIGN,
          endDate: noonInShanghai(CAMPAIGN.endDate),
          fraudTypes: [...CAMPAIGN.fraudTypes],
          participatingBranches: ['GZ', 'SZ', 'FS'].map((c) => idFor(branchIds, c)),
          startDate: noonInShanghai(CAMPAIGN.startDate),
          status: 'running',
          targets: { ...CAMPAIGN.targets, others: CAMPAIGN.targets.others.map((o) => ({ ...o })) },
          theme: paragraph(
            '以“防范电信网络诈骗，守护群众钱袋子”为主题，各分行、支行、网点通过厅堂宣传、街面与社区活动、进校园进医院、线上推文和短视频等形式集中开展宣传，并做好柜面堵截劝阻。',
          ),
        },
        overrideAccess: true,
        req,
      })
      campaignId = doc.id
      created.campaigns!++
    }

    const outlets = seedBranches()
      .filter((b) => b.level === 'outlet')
      .map((b) => b.code)
    const materials = seedMaterials.filter((m) => m.kind !== 'video' && m.kind !== 'slogan').map((m) => m.code)
    const existingActivities = await payload.find({
      collection: 'activities',
      ...common,
      select: { externalId: true },
      where: { externalId: { like: 'seed-' } },
    })
    const present = new Set(existingActivities.docs.map((a) => a.externalId))
    const userIds = new Map((await payload.find({ collection: 'users', ...common, select: { email: true } })).docs.map((u) => [u.email, u.id]))
    const userAt = (code: string | null) => seedUsers.find((u) => u.branch === code && u.role !== 'admin')
    for (const a of generateActivities(outlets, materials)) {
      if (present.has(a.externalId)) continue
      // the sub-branches that have signed off their month reviewed every record first
      const status = SIGNED_OFF_SUBS.includes(a.branch.slice(0, 5)) && a.status === 'submitted' ? 'approved' : a.status
      const story = seededHistory(a, status, {
        // the outlet's own staff where the demo has one; the reviewer one level up (its sub-branch's manager, else the branch's, else head office)
        reviewer: userIds.get((userAt(a.branch.slice(0, 5)) ?? userAt(a.branch.slice(0, 2)) ?? userAt('HO'))!.email) ?? null,
        submitter: userIds.get(userAt(a.branch)?.email ?? '') ?? null,
      })
      await payload.create({
        collection: 'activities',
        // as filed and reviewed by people: the history and a return's reason are written as they happened (the workflow hook would stamp the seed itself)
        context: { workflowSystem: true },
        data: {
          ...a,
          ...story,
          status,
          branch: idFor(branchIds, a.branch),
          campaign: campaignId,
          date: noonInShanghai(a.date),
          leaflets: a.leaflets.map((l) => ({ material: idFor(materialIds, l.material), quantity: l.quantity })),
        },
        overrideAccess: true,
        req,
      })
      created.activities!++
    }
    created.reportTemplates = await loadShippedTemplates(payload, req)
    created.monthlyReturns = await seedReturns(payload, req, campaignId, branchIds)
    await commitTransaction(req)
    return { created }
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}

const RETURN_REASONS = ['现场照片与活动主题不符，请补充活动现场照片。', '覆盖人次明显偏高，请核实后重新提交。', '发放数量与物料领用登记不一致，请核对。']

/** A seeded record's history as people made it: submitted by the outlet, then approved or returned (with a reason) by its reviewer. */
const seededHistory = (a: { date: string; externalId?: string | null }, status: string, who: { reviewer: number | string | null; submitter: number | string | null }) => {
  if (status === 'draft') return { history: [], returnReason: null }
  const at = (days: number, hour: number) => new Date(Date.parse(`${a.date}T${String(hour).padStart(2, '0')}:00:00+08:00`) + days * 86_400_000).toISOString()
  const n = Number(/(\d+)$/.exec(a.externalId ?? '')?.[1] ?? 0)
  const reason = RETURN_REASONS[n % RETURN_REASONS.length]!
  const history: Array<{ at: string; by: number | string | null; from: string; reason: string | null; to: string }> = [{ at: at(0, 18), by: who.submitter, from: 'draft', reason: null, to: 'submitted' }]
  if (status === 'approved' || status === 'returned') history.push({ at: at(1, 10), by: who.reviewer, from: 'submitted', reason: status === 'returned' ? reason : null, to: status })
  return { history: history as never, returnReason: status === 'returned' ? reason : null }
}
