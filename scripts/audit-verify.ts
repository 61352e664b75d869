/**
 * `npm run audit:verify`: recomputes the audit log's hash chain. Exit 0 when
 * every entry is as it was written, 1 at the first altered, missing or
 * relinked entry (its number is printed). Read-only: safe while the server runs.
 */
import { getPayload } from 'payload'

import config from '../payload.config'
import { verifyAuditLog } from '../src/audit/verify'

const payload = await getPayload({ config, disableOnInit: true })
let code = 0
try {
  const t0 = Date.now()
  const { entries, head, problem } = await verifyAuditLog(payload)
  if (problem) {
    const what = { altered: 'was altered (its hash no longer matches its content)', 'broken-link': 'does not follow the entry before it', missing: 'is missing' }[problem.problem]
    console.log(`Audit log broken: entry ${problem.seq} ${what}. ${entries} entries before it verified.`)
    console.log(`审计日志校验失败：第 ${problem.seq} 条${{ altered: '内容被修改', 'broken-link': '与前一条不衔接', missing: '缺失' }[problem.problem]}。`)
    code = 1
  } else {
    console.log(`Audit log verified: ${entries} entries, chain intact (${Date.now() - t0} ms). Last hash ${head}`)
  }
} finally {
  await payload.destroy()
}
process.exit(code)
