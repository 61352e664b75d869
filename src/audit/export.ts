import type { Endpoint, Where } from 'payload'

import { roleOf } from '../access/roles'
import { safeCell } from '../domain/safeCell'
import { auditActionOptions, labelOf, type AuditAction } from '../domain/vocabulary'
import { fileResponse, jsonError } from '../http'
import { toLang } from '../i18n/messages'
import { loadExcelJS } from '../lazyModules'
import { tr } from '../admin/strings'

/** The most entries one export holds; a longer period is exported in parts (the sheet says so). */
export const MAX_EXPORT_ROWS = 50_000
const PAGE = 1000

/**
 * GET /api/audit-log/export?where=…: the entries the list shows (the same
 * filter, read with the caller's rights), oldest first, as a workbook.
 */
export const auditExportEndpoint: Endpoint = {
  handler: async (req) => {
    if (!req.user) return jsonError(req, 401, req.t('error:unauthorized'))
    const role = roleOf(req.user)
    if (role !== 'admin' && role !== 'compliance') return jsonError(req, 403, req.t('error:notAllowedToPerformAction'))
    const lang = toLang(req.i18n?.language)
    const where = (req.query?.where ?? {}) as Where
    const ExcelJS = await loadExcelJS()
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet(tr(lang, 'auditLog'), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.addRow([tr(lang, 'auditSeq'), tr(lang, 'auditAt'), tr(lang, 'auditAction'), tr(lang, 'auditBy'), tr(lang, 'auditRole'), tr(lang, 'auditWhat'), tr(lang, 'auditTarget'), tr(lang, 'auditAddress'), tr(lang, 'auditHash')]).font = { bold: true }
    let written = 0
    for (let page = 1; written < MAX_EXPORT_ROWS; page++) {
      const res = await req.payload.find({ collection: 'audit-log', depth: 0, limit: PAGE, overrideAccess: false, page, req, sort: 'seq', user: req.user, where })
      for (const e of res.docs) {
        if (written >= MAX_EXPORT_ROWS) break
        ws.addRow([
          e.seq,
          new Date(e.at).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false, timeZone: 'Asia/Shanghai' }),
          labelOf(auditActionOptions, e.action as AuditAction, lang),
          safeCell(e.actorName ?? ''),
          safeCell(e.role ?? ''),
          safeCell(e.summary),
          safeCell(e.targetCollection ? `${e.targetCollection} ${e.targetId ?? ''}` : ''),
          safeCell(e.ip ?? ''),
          e.hash,
        ])
        written++
      }
      if (!res.hasNextPage) break
      if (written >= MAX_EXPORT_ROWS) ws.addRow([tr(lang, 'auditExportCut', { max: MAX_EXPORT_ROWS })]).font = { italic: true }
    }
    ws.columns.forEach((c, i) => (c.width = [8, 20, 16, 16, 12, 60, 20, 16, 20][i] ?? 12))
    return fileResponse(req, Buffer.from(await wb.xlsx.writeBuffer()), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `audit-log-${new Date().toISOString().slice(0, 10)}.xlsx`)
  },
  method: 'get',
  path: '/export',
}
