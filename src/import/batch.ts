import type { PayloadRequest } from 'payload'

import { userBranchId } from '../access/branchScope'
import { toLang } from '../i18n/messages'
import type { Campaign, ImportBatch } from '../payload-types'
import { checkImport } from './check'

export type Upload = { data: Buffer; mimetype?: string; name?: string }

/**
 * The dry run: checks the file as `req.user` would import it and keeps it as
 * an import batch (file, who, when, counts, problems, totals) — checked and
 * ready to commit, or with its errors listed. No activity is written. A file
 * refused as a whole (ImportFileError) leaves no batch either.
 */
export const checkAndKeep = async (req: PayloadRequest, campaign: Campaign, upload: Upload): Promise<ImportBatch> => {
  const check = await checkImport(req, campaign, upload.data)
  const errors = new Set(check.problems.map((p) => p.row)).size
  return req.payload.create({
    collection: 'import-batches',
    data: {
      campaign: campaign.id,
      counts: { created: 0, errors, ok: check.records.length, present: check.present.length, rows: check.rows },
      language: toLang(req.i18n?.language),
      presentRows: check.present,
      problems: check.problems,
      status: errors > 0 ? 'has-errors' : 'checked',
      totals: check.totals,
      uploadedBy: req.user?.id ?? null,
      uploaderBranch: userBranchId(req.user),
    },
    depth: 0,
    file: { data: upload.data, mimetype: upload.mimetype || 'application/octet-stream', name: safeName(upload.name), size: upload.data.length },
    overrideAccess: true,
    req,
  })
}

/** The uploaded name, without folders or control characters (it becomes a file on disk). */
const safeName = (name: string | undefined): string => {
  const base = (name ?? '').split(/[\\/]/).pop()!.replace(/[\u0000-\u001f<>:"|?*]/g, '').trim()
  return base === '' || base === '.' || base === '..' ? 'import.xlsx' : base.slice(0, 120)
}
