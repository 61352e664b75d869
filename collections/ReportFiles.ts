import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access/roles'
import { auditDownload } from '../src/audit/hooks'
import { noSniff } from '../src/http'
import { diskDir, storageFields } from '../src/storage'
import { readReports } from './Reports/access'

/** The files of generated reports (HTML, XLSX …), readable like their report. Written by the generator only. */
export const ReportFiles: CollectionConfig = {
  slug: 'report-files',
  access: { create: nobody, delete: nobody, read: readReports, update: nobody },
  admin: { group: { en: 'Reports', zh: '统计报告' }, hidden: true },
  fields: [{ name: 'scope', index: true, label: { en: 'Scope', zh: '统计范围' }, relationTo: 'branches', type: 'relationship' }, ...storageFields],
  labels: { plural: { en: 'Report files', zh: '报告文件' }, singular: { en: 'Report file', zh: '报告文件' } },
  upload: { handlers: [async (req, args) => void (await auditDownload(req, args))], modifyResponseHeaders: noSniff, staticDir: diskDir('report-files') },
}
