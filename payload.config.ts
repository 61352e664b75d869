import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Activities } from './collections/Activities'
import { AuditLog } from './collections/AuditLog'
import { Branches } from './collections/Branches'
import { Campaigns } from './collections/Campaigns'
import { Materials } from './collections/Materials'
import { ImportBatches } from './collections/ImportBatches'
import { Media } from './collections/Media'
import { MonthLocks } from './collections/MonthLocks'
import { MonthlyReturns } from './collections/MonthlyReturns'
import { Notifications } from './collections/Notifications'
import { ReportFiles } from './collections/ReportFiles'
import { Reports } from './collections/Reports'
import { ReportTemplates } from './collections/ReportTemplates'
import { Rollups } from './collections/Rollups'
import { Users } from './collections/Users'
import { databaseAdapter } from './src/db'
import { emailAdapter } from './src/email'
import { env } from './src/env'
import { idsOfEitherType } from './src/ids'
import { WorkflowSettings } from './src/globals/WorkflowSettings'
import { guardQueries } from './src/hooks/guardQueries'
import { keepRefusalMessages } from './src/hooks/publicErrors'
import { healthEndpoint } from './src/health'
import { jobs } from './src/jobs'
import { recoverInterruptedImports, releaseInterruptedJobs } from './src/import/run'
import { sweepOrphanReportFiles } from './src/reports/generate'
import { storageAdminDependencies, storagePlugins } from './src/storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// the default export is the config's promise (as buildConfig's own is): the database adapter is loaded first, only the selected engine's
export default (async () =>
  buildConfig({
    admin: {
      avatar: 'default',
      // one format for both languages: Payload's default (MMMM do yyyy) read "11月 27, 2026 10:17 下午"
      dateFormat: 'yyyy-MM-dd HH:mm',
      components: {
        afterNavLinks: ['/src/admin/WorkflowLinks#WorkflowLinks'],
        beforeDashboard: ['/src/admin/Dashboard#Dashboard'],
        providers: ['/src/admin/LocalizeToasts#LocalizeToasts'],
        views: {
          completeness: { Component: '/src/admin/CompletenessView#CompletenessView', path: '/completeness' },
          generateReport: { Component: '/src/admin/GenerateReportView#GenerateReportView', path: '/reports/generate' },
          importActivities: { Component: '/src/admin/ImportView#ImportView', path: '/import' },
          returns: { Component: '/src/admin/CompletenessView#CompletenessView', path: '/returns' },
        },
      },
      dependencies: storageAdminDependencies,
      importMap: { baseDir: dirname, importMapFile: path.resolve(dirname, 'src/app/(payload)/admin/importMap.js') },
      meta: { icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/icon.svg' }], titleSuffix: ' · 反诈宣传管理平台' },
      user: Users.slug,
    },
    collections: [Activities, Campaigns, Branches, Materials, Media, MonthLocks, MonthlyReturns, ImportBatches, Notifications, Rollups, Reports, ReportTemplates, ReportFiles, Users, AuditLog].map(guardQueries),
    cors: env.allowedOrigins,
    csrf: env.allowedOrigins,
    db: await databaseAdapter(env.database),
    editor: lexicalEditor(),
    email: emailAdapter(env),
    // GET /api/health: 200 when the database takes a write (load balancers, the supervisor of npm start)
    endpoints: [healthEndpoint],
    globals: [WorkflowSettings],
    graphQL: { disablePlaygroundInProduction: true, maxComplexity: 1000 },
    hooks: { afterError: [keepRefusalMessages] },
    jobs,
    i18n: {
      fallbackLanguage: 'zh',
      supportedLanguages: { en, zh },
      // the upload drawer prints "<n> " before these: 「1 个待上传文件」, not Payload's 「1 要上传的文件」
      translations: { zh: { upload: { filesToUpload: '个待上传文件', fileToUpload: '个待上传文件' } } },
    },
    logger: env.LOG_LEVEL ? { options: { level: env.LOG_LEVEL } } : undefined,
    // A refused request (403, 400, wrong password) is the product working, not a server error.
    loggingLevels: { APIError: 'info', AuthenticationError: 'info', LockedAuth: 'warn', QueryError: 'info' },
    localization: {
      defaultLocale: 'zh',
      fallback: true,
      locales: [
        // endonyms as plain strings: Payload prints a locale label object's code ("— zh") after localized fields
        { code: 'zh', label: '中文' },
        { code: 'en', label: 'English' },
      ],
    },
    // work cut off by a crash left nothing behind: imports say so or run again, jobs run again once
    onInit: async (payload) => {
      await recoverInterruptedImports(payload)
      // a job left `processing` was cut off only where this process is the one that runs jobs (not on a JOBS=off web instance)
      if (env.JOBS !== 'off') await releaseInterruptedJobs(payload)
      await sweepOrphanReportFiles(payload)
    },
    // uploads in an S3-compatible bucket when S3_BUCKET is set (src/storage.ts), else under MEDIA_DIR
    plugins: await storagePlugins(),
    secret: env.secret,
    // relative URLs unless SERVER_URL is set (links in mails use src/http.ts mailLink)
    serverURL: env.linkBase,
    sharp,
    telemetry: false,
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), schema: [idsOfEitherType] },
    upload: { abortOnLimit: true, limits: { fileSize: env.UPLOAD_MAX_BYTES } },
  }))()
