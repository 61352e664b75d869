/**
 * The demo month signed off part of the way up the tree, as a bank looks in
 * late November: Shenzhen done and accepted by head office; Foshan with one
 * sub-branch late and one returned; Guangzhou with two sub-branches in and
 * 天河 (the demo manager's) still open with records awaiting review.
 */
import type { Payload, PayloadRequest } from 'payload'

import { fingerprintOf } from '../src/reports/generate'
import { totalsFor } from '../src/reports/totals'
import { returnKey } from '../src/returns/service'

type Plan = { code: string; decided?: string; narrative?: string; reason?: string; status: 'accepted' | 'returned' | 'submitted'; submitted: string }

/** What sub-branches write, varied as real summaries are. */
const SUB_NARRATIVES = [
  '本月所辖网点坚持厅堂常态化宣传，开展进社区、进校园活动，柜面成功劝阻可疑转账；存在问题是线上推文覆盖面不足，下一步将加强短视频宣传。',
  '组织网点员工走进老年大学和菜市场开展“反诈课堂”，发放折页并现场演示国家反诈中心APP；部分网点照片留档不全，已要求整改。',
  '联合辖区派出所开展“警银联动”宣传，在商圈设点讲解刷单返利骗局；下一步将针对在校学生开展网贷陷阱专题讲座。',
  '各网点利用LED屏滚动播放反诈标语，大堂经理对大额转账客户逐一提示；本月柜面堵截可疑交易一笔，已上报典型案例。',
]
const sub = (code: string) => SUB_NARRATIVES[[...code].reduce((n, c) => n + c.charCodeAt(0), 0) % SUB_NARRATIVES.length]!

const NARRATIVE = {
  sz: '深圳分行本月各支行均按时报送。南山支行联合科技园企业开展员工反诈讲座，福田支行柜面堵截冒充公检法诈骗一起；下一步将推广“反诈进企业”经验。',
}

/** Sub-branches whose outlets' records are all decided (the seed approves the submitted ones there). */
export const SIGNED_OFF_SUBS = ['SZ-01', 'SZ-02', 'SZ-03', 'SZ-04', 'FS-01', 'FS-02', 'FS-03', 'GZ-02', 'GZ-03']

const PLANS: Plan[] = [
  { code: 'SZ-01', decided: '2026-11-06T10:00:00+08:00', status: 'accepted', submitted: '2026-11-03T16:20:00+08:00' },
  { code: 'SZ-02', decided: '2026-11-06T10:05:00+08:00', status: 'accepted', submitted: '2026-11-04T09:40:00+08:00' },
  { code: 'SZ-03', decided: '2026-11-06T10:10:00+08:00', status: 'accepted', submitted: '2026-11-05T17:30:00+08:00' },
  { code: 'SZ-04', decided: '2026-11-06T10:12:00+08:00', status: 'accepted', submitted: '2026-11-05T11:00:00+08:00' },
  { code: 'SZ', decided: '2026-11-09T15:00:00+08:00', narrative: NARRATIVE.sz, status: 'accepted', submitted: '2026-11-07T18:00:00+08:00' },
  { code: 'FS-01', decided: '2026-11-06T14:00:00+08:00', status: 'accepted', submitted: '2026-11-04T15:00:00+08:00' },
  { code: 'FS-02', decided: '2026-11-06T14:10:00+08:00', status: 'accepted', submitted: '2026-11-05T20:00:00+08:00' },
  { code: 'FS-03', decided: '2026-11-08T09:00:00+08:00', status: 'accepted', submitted: '2026-11-07T10:30:00+08:00' },
  { code: 'FS-04', decided: '2026-11-06T16:00:00+08:00', reason: '覆盖人次与现场照片明显不符，请核实后重新报送。', status: 'returned', submitted: '2026-11-05T15:00:00+08:00' },
  { code: 'GZ-02', decided: '2026-11-06T11:00:00+08:00', status: 'accepted', submitted: '2026-11-04T17:00:00+08:00' },
  { code: 'GZ-03', status: 'submitted', submitted: '2026-11-05T22:10:00+08:00' },
]

export const seedReturns = async (payload: Payload, req: PayloadRequest, campaign: number | string, branchIds: Map<string, number | string>): Promise<number> => {
  const month = '2026-10'
  let created = 0
  for (const p of PLANS) {
    const branch = branchIds.get(p.code)
    if (branch === undefined) continue
    const key = returnKey(campaign, branch, month)
    const exists = await payload.count({ collection: 'monthly-returns', overrideAccess: true, req, where: { key: { equals: key } } })
    if (exists.totalDocs > 0) continue
    const totals = await totalsFor(req, { campaign, month, root: branch })
    const submittedAt = new Date(p.submitted).toISOString()
    // a branch writes its own words; a sub-branch one of the usual kinds
    const narrative = p.narrative ?? sub(p.code)
    const decidedAt = p.decided ? new Date(p.decided).toISOString() : null
    const history = [
      { action: 'submit', at: submittedAt, note: narrative },
      ...(decidedAt ? [{ action: p.status === 'returned' ? 'return' : 'accept', at: decidedAt, note: p.reason ?? null }] : []),
    ]
    await payload.create({
      collection: 'monthly-returns',
      data: {
        branch,
        campaign,
        decidedAt,
        fingerprint: fingerprintOf([...totals.byBranch.entries()].map(([b, figures]) => ({ branch: b, figures }))),
        firstSubmittedAt: submittedAt,
        history,
        key,
        month,
        narrative,
        returnReason: p.reason ?? null,
        snapshot: { ...totals.totals, approvedByType: totals.approvedByType, branches: totals.byBranch.size, notIncluded: 0 },
        stale: false,
        status: p.status,
        submittedAt,
      },
      overrideAccess: true,
      req,
    })
    created++
  }
  return created
}
