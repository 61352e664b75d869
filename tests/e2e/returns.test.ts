/**
 * October goes up the tree in the browser, on the seeded bank: a staff
 * member files and submits; the sub-branch manager returns that record,
 * approves everything else awaiting review from the tree (counts first, all
 * or nothing) and submits 天河's month with a narrative; the Guangzhou branch
 * manager accepts the sub-branches and sends the branch's month up; head
 * office accepts it, reads the on-time rate and generates the report, which
 * prints the narratives and the timeliness table; the audit log shows it all.
 */
import path from 'node:path'

import { expect, it } from 'vitest'

import { browserSession, DESKTOP } from '../helpers/app'
import { payloadEnglish, signIn } from '../helpers/admin'

const session = browserSession()
const MONTH = '2026-10'

it('staff submit, the sub-branch reviews and signs off, the branch accepts and sends up, head office accepts and reports', async () => {
  const { app } = session
  const base = app.baseURL
  const headers = { Origin: base }

  // the staff member files a record and submits it (the form itself is the activity test's)
  const staff = await session.newPage(DESKTOP)
  await signIn(staff, base, 'staff@demo.anxin.cn')
  const campaign = (await (await staff.request.get(`${base}/api/campaigns?where[slug][equals]=2026-anti-fraud-publicity-month&depth=0`, { headers })).json()).docs[0]
  const me = (await (await staff.request.get(`${base}/api/users/me?depth=0`, { headers })).json()).user
  const title = '厅堂反诈宣传（逐级报送流程）'
  const filed = await staff.request.post(`${base}/api/activities`, {
    data: { branch: me.branch, campaign: campaign.id, date: '2026-10-20T04:00:00.000Z', reach: [{ audience: 'elderly', channel: 'offline', count: 35 }], status: 'submitted', title, type: 'lobby' },
    headers,
  })
  expect(filed.status()).toBe(201)
  await staff.context().close()

  const tree = `${base}/admin/returns?campaign=${campaign.id}&month=${MONTH}`
  const row = (page: import('playwright-core').Page, code: string) => page.locator(`tr[data-code="${code}"]`)
  const step = async (page: import('playwright-core').Page, code: string, action: string, text?: string) => {
    await row(page, code).locator(`[data-return-action="${action}"]`).click()
    if (text !== undefined) {
      const dialog = page.locator('dialog.afc-dialog')
      await dialog.locator('textarea').fill(text)
      await dialog.locator(`[data-confirm="${action}"]`).click()
    }
  }
  const statusIs = (page: import('playwright-core').Page, code: string, status: string) => row(page, code).locator(`td[data-status="${status}"]`).waitFor()
  const reviewAll = async (page: import('playwright-core').Page, code: string) => {
    await row(page, code).locator('[data-review-all]').click()
    const confirm = row(page, code).locator('.afc-confirm')
    await confirm.getByText(/确认审核通过 \d+ 条记录/).waitFor()
    await confirm.locator('[data-confirm-review="approve"]').click()
    await row(page, code).locator('[data-review-all]').waitFor({ state: 'detached' })
  }

  // the sub-branch manager returns the new record, approves the rest from the tree, and signs off the month
  const manager = await session.newPage(DESKTOP)
  await signIn(manager, base, 'manager@demo.anxin.cn')
  await manager.goto(`${base}/admin/collections/activities?where[title][equals]=${encodeURIComponent(title)}`)
  await manager.locator('table tbody tr').first().locator('td.cell-_select input:not([disabled])').check()
  await manager.locator('[data-bulk-action="return"]').click()
  await manager.locator('dialog.afc-dialog textarea').fill('请补充横幅照片。')
  await manager.locator('dialog.afc-dialog [data-confirm="return"]').click()
  await manager.locator('.afc-bulk .afc-confirm').getByText('天河').waitFor()
  await manager.locator('.afc-bulk [data-confirm-review="return"]').click()
  await manager.locator('.afc-bulk [role="status"]', { hasText: '已完成 1 条' }).waitFor()

  await manager.goto(tree)
  await statusIs(manager, 'GZ-01', 'open')
  // outlets file no return of their own: their records travel in 天河's
  await row(manager, 'GZ-01-02').getByText('随上级报送').waitFor()
  await reviewAll(manager, 'GZ-01')
  await step(manager, 'GZ-01', 'submit', '天河支行本月开展厅堂宣传和进社区活动，柜面劝阻可疑转账；下一步加强老年客户提示。')
  await statusIs(manager, 'GZ-01', 'submitted')
  expect(await payloadEnglish(manager)).toEqual([])
  await manager.screenshot({ fullPage: true, path: path.resolve(__dirname, '../../artifacts/e2e/40-returns-tree-manager.png') })
  await manager.context().close()

  // the branch manager accepts its sub-branches (signing off 番禺 for it, which has no manager) and sends Guangzhou's month up
  const branch = await session.newPage(DESKTOP)
  await signIn(branch, base, 'manager.gz@demo.anxin.cn')
  await branch.goto(tree)
  await step(branch, 'GZ-01', 'accept')
  await statusIs(branch, 'GZ-01', 'accepted')
  await step(branch, 'GZ-03', 'accept')
  await statusIs(branch, 'GZ-03', 'accepted')
  await reviewAll(branch, 'GZ-04')
  await step(branch, 'GZ-04', 'submit', '番禺支行本月各网点均开展厅堂宣传。')
  await statusIs(branch, 'GZ-04', 'submitted')
  // whoever submitted a month does not accept it (separation of duties): refused in Chinese, then another person accepts
  await step(branch, 'GZ-04', 'accept')
  await branch.getByText('本月报由您报送').first().waitFor()
  const admin = await session.newPage(DESKTOP)
  await signIn(admin, base, 'admin@demo.anxin.cn')
  await admin.goto(tree)
  await step(admin, 'GZ-04', 'accept')
  await statusIs(admin, 'GZ-04', 'accepted')
  await admin.context().close()
  await branch.goto(tree)
  await statusIs(branch, 'GZ-04', 'accepted')
  await step(branch, 'GZ', 'submit', '广州分行本月组织四家支行开展集中宣传，天河支行进社区活动成效明显。')
  await statusIs(branch, 'GZ', 'submitted')
  await branch.context().close()

  // head office accepts the branch, reads the rates and generates the report
  const compliance = session.page
  await signIn(compliance, base, 'compliance@demo.anxin.cn')
  await compliance.goto(tree)
  await compliance.locator('.afc-rates').getByText(/及时率 \d+(\.\d)?%/).waitFor()
  await step(compliance, 'GZ', 'accept')
  await statusIs(compliance, 'GZ', 'accepted')
  await session.shot('41-returns-tree-compliance')
  const generated = await compliance.request.post(`${base}/api/reports/generate`, { data: { campaign: campaign.id, formats: ['html'], month: MONTH }, headers })
  expect(generated.status()).toBe(201)
  const id = (await generated.json()).doc.id
  await compliance.goto(`${base}/api/reports/${id}/html`)
  const report = await compliance.locator('body').innerText()
  expect(report).toContain('逐级报送情况')
  expect(report).toContain('广州分行本月组织四家支行开展集中宣传')
  expect(report).toMatch(/及时率\d+(\.\d+)?%/)
  await session.shot('42-report-timeliness')

  // every step is in the audit log, which compliance reads and exports
  await compliance.goto(`${base}/admin/collections/audit-log`)
  await compliance.locator('table tbody').getByText('月度报送通过').first().waitFor()
  await compliance.locator('.afc-audit-export').waitFor()
  expect(await payloadEnglish(compliance)).toEqual([])
  await session.shot('43-audit-log')
})
