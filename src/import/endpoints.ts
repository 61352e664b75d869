import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { roleOf } from '../access/roles'
import { docId, fileResponse, json, jsonError } from '../http'
import { message, toLang, type Lang } from '../i18n/messages'
import type { ImportBatch } from '../payload-types'
import { checkAndKeep } from './batch'
import { ImportFileError } from './check'
import { importProgress, ImportRejected, runImport } from './run'
import { importTemplate, type TemplateCodes } from './template'
import { writableBranchIds } from '../access/branchScope'
import { dayOf } from '../domain/dates'
import { env } from '../env'

/** Imports above this many new rows run as a job; smaller ones commit within the request. */
export const JOB_THRESHOLD = 1000

const IMPORTERS = ['admin', 'compliance', 'manager', 'staff'] as const

const langOf = (req: PayloadRequest): Lang => toLang(req.i18n?.language)

const checkInput = z.object({ campaign: docId, commit: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]).optional() })

const mayImport = (req: PayloadRequest): Response | null => {
  if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
  const role = roleOf(req.user)
  return role && (IMPORTERS as ReadonlyArray<string>).includes(role) ? null : jsonError(req, 403, req.t('error:notAllowedToPerformAction'))
}

const view = (b: ImportBatch) => ({
  campaign: typeof b.campaign === 'object' ? b.campaign.id : b.campaign,
  committedAt: b.committedAt,
  counts: b.counts,
  error: b.error,
  filename: b.filename,
  id: b.id,
  presentRows: b.presentRows,
  problems: b.problems,
  progress: importProgress(b.id),
  status: b.status,
  totals: b.totals,
})

/** The batch as the user may see it (read access applies), or a 404. */
const readableBatch = async (req: PayloadRequest): Promise<ImportBatch | null> => {
  const parsed = docId.safeParse(req.routeParams?.id)
  if (!parsed.success) return null
  return req.payload.findByID({ collection: 'import-batches', depth: 0, disableErrors: true, id: parsed.data, overrideAccess: false, req, user: req.user })
}

const commitBatch = async (req: PayloadRequest, batch: ImportBatch): Promise<Response> => {
  const lang = langOf(req)
  if (batch.status !== 'checked') return jsonError(req, 409, message(lang, 'importBatchNotReady', { status: batch.status }))
  if ((batch.counts?.ok ?? 0) > JOB_THRESHOLD) {
    await req.payload.update({ collection: 'import-batches', data: { status: 'queued' }, id: batch.id, overrideAccess: true })
    const job = await req.payload.jobs.queue({ input: { batch: String(batch.id) }, queue: 'imports', task: 'importActivities' })
    // start it now rather than at the next cron tick (unless the worker runs jobs); the job record keeps it recoverable
    if (env.JOBS === 'on') void req.payload.jobs.runByID({ id: job.id }).catch((e: unknown) => req.payload.logger.error({ err: e }, 'import job failed to start'))
    return json(req, { batch: { ...view(batch), status: 'queued' }, job: job.id }, 202)
  }
  try {
    const done = await runImport(req.payload, batch.id)
    return json(req, { batch: view(done) })
  } catch (e) {
    if (e instanceof ImportRejected) {
      return jsonError(req, 422, message(lang, 'importHasErrors', { count: new Set(e.check.problems.map((p) => p.row)).size }), { problems: e.check.problems })
    }
    if (e instanceof ImportFileError) return jsonError(req, e.status, e.message)
    const after = await req.payload.findByID({ collection: 'import-batches', depth: 0, id: batch.id, overrideAccess: true })
    return jsonError(req, 500, after.error ?? String(e))
  }
}

/** The codes the user may import with, and a day of the running campaign for the example row. */
const templateCodes = async (req: PayloadRequest, lang: Lang): Promise<TemplateCodes> => {
  const scope = await writableBranchIds(req)
  const branches = await req.payload.find({
    collection: 'branches',
    depth: 0,
    limit: 2000,
    overrideAccess: true,
    pagination: false,
    req,
    select: { code: true, level: true, name: true, nameEn: true },
    sort: 'code',
    where: { and: [{ active: { not_equals: false } }, ...(scope === null ? [] : [{ id: { in: scope } }])] },
  })
  // outlets first: most records are filed for an outlet
  const ordered = [...branches.docs.filter((b) => b.level === 'outlet'), ...branches.docs.filter((b) => b.level !== 'outlet')]
  const materials = await req.payload.find({ collection: 'materials', depth: 0, limit: 500, overrideAccess: false, pagination: false, req, select: { code: true, title: true }, sort: 'code', user: req.user, where: { _status: { equals: 'published' } } })
  const campaign = (await req.payload.find({ collection: 'campaigns', depth: 0, limit: 1, overrideAccess: false, req, sort: '-startDate', user: req.user, where: { status: { equals: 'running' } } })).docs[0]
  const today = dayOf(new Date().toISOString())
  const exampleDate = !campaign ? today : today >= dayOf(campaign.startDate) && today <= dayOf(campaign.endDate) ? today : dayOf(campaign.startDate)
  return {
    branches: ordered.map((b) => ({ code: b.code, name: lang === 'en' ? (b.nameEn ?? b.name) : b.name })),
    exampleDate,
    materials: materials.docs.filter((m) => m.code).map((m) => ({ code: m.code as string, title: m.title ?? m.code ?? '' })),
  }
}

export const importEndpoints: Endpoint[] = [
  {
    // the template every branch fills in
    handler: async (req) => {
      const refused = mayImport(req)
      if (refused) return refused
      const lang: Lang = req.searchParams.get('lang') === 'en' ? 'en' : req.searchParams.get('lang') === 'zh' ? 'zh' : langOf(req)
      const body = await importTemplate(lang, await templateCodes(req, lang))
      return fileResponse(req, body, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', lang === 'zh' ? '活动记录导入模板.xlsx' : 'activity-import-template.xlsx')
    },
    method: 'get',
    path: '/import-template',
  },
  {
    // upload + dry run: every row's problems and what the commit would add; nothing is written but the batch record
    handler: async (req) => {
      const refused = mayImport(req)
      if (refused) return refused
      const lang = langOf(req)
      try {
        await addDataAndFileToRequest(req)
      } catch (e) {
        const tooBig = e instanceof Error && /size|limit/i.test(e.message)
        return jsonError(req, tooBig ? 413 : 400, tooBig ? message(lang, 'importFileTooLarge', { max: 20 }) : e instanceof Error ? e.message : String(e))
      }
      const file = req.file
      if (!file?.data) return jsonError(req, 400, message(lang, 'importFileRequired'))
      const input = checkInput.safeParse({ ...Object.fromEntries(req.searchParams), ...(req.data ?? {}) })
      if (!input.success) return jsonError(req, 400, message(lang, 'importCampaignRequired'))
      const campaign = await req.payload.findByID({ collection: 'campaigns', depth: 0, disableErrors: true, id: input.data.campaign, overrideAccess: false, req, user: req.user })
      if (!campaign) return jsonError(req, 404, message(lang, 'campaignNotFound'))
      let batch: ImportBatch
      try {
        batch = await checkAndKeep(req, campaign, file)
      } catch (e) {
        if (e instanceof ImportFileError) return jsonError(req, e.status, e.message)
        throw e
      }
      if (input.data.commit && batch.status === 'checked') return commitBatch(req, batch)
      return json(req, { batch: view(batch) }, 201)
    },
    method: 'post',
    path: '/import',
  },
  {
    handler: async (req) => {
      const refused = mayImport(req)
      if (refused) return refused
      const batch = await readableBatch(req)
      if (!batch) return jsonError(req, 404, req.t('error:notFound'))
      const role = roleOf(req.user)
      const own = String(typeof batch.uploadedBy === 'object' && batch.uploadedBy ? batch.uploadedBy.id : batch.uploadedBy) === String(req.user!.id)
      if (!own && role !== 'admin') return jsonError(req, 403, req.t('error:notAllowedToPerformAction'))
      return commitBatch(req, batch)
    },
    method: 'post',
    path: '/import/:id/commit',
  },
  {
    handler: async (req) => {
      const refused = mayImport(req)
      if (refused) return refused
      const batch = await readableBatch(req)
      if (!batch) return jsonError(req, 404, req.t('error:notFound'))
      return json(req, { batch: view(batch) })
    },
    method: 'get',
    path: '/import/:id',
  },
]
