/**
 * `npm run report -- --campaign <slug> --month 2026-10 --format pdf,docx,xlsx,html --out <dir> [--scope <branch code>] [--lang zh|en]`
 * Generates the month's draft report (as the generate endpoint does) and writes its files to <dir>.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { createLocalReq, getPayload } from 'payload'
import { z } from 'zod'

import config from '../payload.config'
import { FORMATS, generateReport } from '../src/reports/generate'
import { readStored } from '../src/storage'
import { monthsOf } from '../src/workflow/completeness'

const usage = `usage: npm run report -- --campaign <slug> --month YYYY-MM [--format ${FORMATS.join(',')}] [--out <dir>] [--scope <branch code>] [--lang zh|en]`
let values: Record<string, string | boolean | undefined>
try {
  ;({ values } = parseArgs({
    options: { campaign: { type: 'string' }, format: { type: 'string' }, help: { short: 'h', type: 'boolean' }, lang: { type: 'string' }, month: { type: 'string' }, out: { type: 'string' }, scope: { type: 'string' } },
  }))
} catch (e) {
  // an unknown option or a missing value: say which, and how to call it, without a stack trace
  console.error(`report: ${(e as Error).message}\n${usage}`)
  process.exit(2)
}
if (values.help) {
  console.log(usage)
  process.exit(0)
}
const args = z
  .object({
    campaign: z.string({ error: '--campaign <slug> is required' }).min(1),
    format: z
      .string()
      .default('pdf,docx,xlsx,html')
      .transform((s) => s.split(',').map((f) => f.trim()))
      .pipe(z.array(z.enum(FORMATS, { error: `--format takes ${FORMATS.join(', ')}` }))),
    lang: z.enum(['zh', 'en']).default('zh'),
    month: z.string({ error: '--month YYYY-MM is required' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '--month is YYYY-MM, e.g. 2026-10'),
    out: z.string().default('.'),
    scope: z.string().optional(),
  })
  .safeParse(values)
if (!args.success) {
  console.error(`report: ${args.error.issues.map((i) => i.message).join('; ')}\n${usage}`)
  process.exit(2)
}
const a = args.data
const payload = await getPayload({ config })
let code = 0
try {
  const req = await createLocalReq({}, payload)
  const campaign = (await payload.find({ collection: 'campaigns', depth: 0, limit: 1, where: { slug: { equals: a.campaign } } })).docs[0]
  if (!campaign) throw new Error(`no campaign has the slug “${a.campaign}”`)
  if (!monthsOf(campaign).includes(a.month)) throw new Error(`${a.month} is outside the campaign (${monthsOf(campaign).join(', ')})`)
  const scope = a.scope ? (await payload.find({ collection: 'branches', depth: 0, limit: 1, where: { code: { equals: a.scope } } })).docs[0] : null
  if (a.scope && !scope) throw new Error(`no branch has the code “${a.scope}”`)
  const template = (await payload.find({ collection: 'report-templates', depth: 0, limit: 1, sort: '-isDefault', where: { language: { equals: a.lang } } })).docs[0]
  if (!template) throw new Error(`no ${a.lang} report template (run the seed)`)
  const report = await generateReport(req, { campaign, formats: a.format, month: a.month, scope, template })
  await mkdir(a.out, { recursive: true })
  const written: string[] = []
  for (const f of report.files ?? []) {
    const file = typeof f === 'object' ? f : await payload.findByID({ collection: 'report-files', id: f })
    if (!file.filename) continue
    await writeFile(path.join(a.out, file.filename), await readStored('report-files', file))
    written.push(path.join(a.out, file.filename))
  }
  if (a.format.includes('html') && report.html) {
    const name = path.join(a.out, `${campaign.slug}-${a.month}-${scope?.code ?? 'all'}-${a.lang}.html`)
    await writeFile(name, report.html)
    written.push(name)
  }
  console.log(JSON.stringify({ files: written, report: report.id, totals: report.totals }, null, 2))
} catch (e) {
  console.error(`report: ${e instanceof Error ? e.message : String(e)}`)
  code = 2
} finally {
  await payload.destroy()
}
process.exit(code)
