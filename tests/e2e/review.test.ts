/**
 * A sub-branch manager reviews the outlets' records from the list: approves
 * several at once, is told per record why one was refused, and returns one
 * with a reason given in the dialog, which the record then shows at its top.
 */
import path from 'node:path'

import { expect, it } from 'vitest'

import { browserSession, PHONE } from '../helpers/app'
import { pageWidth, payloadEnglish, signIn } from '../helpers/admin'

const session = browserSession()

it('the manager bulk-approves and returns from the list; refusals are listed per record in Chinese', async () => {
  const { app, page, shot } = session
  await signIn(page, app.baseURL, 'manager@demo.anxin.cn')

  // two submitted records and a draft, selected together
  const list = (status: string) => `${app.baseURL}/admin/collections/activities?where[status][equals]=${status}&limit=50`
  await page.goto(list('submitted'))
  const rows = page.locator('table tbody tr')
  await rows.nth(2).waitFor()
  const submitted = await rows.evaluateAll((trs) => trs.slice(0, 2).map((tr) => tr.querySelector('td.cell-title a')?.getAttribute('href') ?? ''))
  for (const i of [0, 1]) await rows.nth(i).locator('td.cell-_select input:not([disabled])').check()
  await page.locator('.afc-bulk', { hasText: '已选 2 条' }).waitFor()
  await page.locator('[data-bulk-action="approve"]').click()
  // all or nothing: the counts by outlet first, then the confirmation
  const confirmBox = page.locator('.afc-bulk .afc-confirm')
  await confirmBox.getByText('确认审核通过 2 条记录').waitFor()
  await shot('19-bulk-confirm')
  await confirmBox.locator('[data-confirm-review="approve"]').click()
  await page.locator('.afc-bulk [role="status"]', { hasText: '已完成 2 条，0 条未能处理' }).waitFor()
  await shot('20-bulk-approved')

  await page.goto(list('draft'))
  await rows.first().waitFor()
  await rows.first().locator('td.cell-_select input:not([disabled])').check()
  await page.locator('[data-bulk-action="approve"]').click()
  const refused = page.locator('.afc-bulk [role="status"]')
  await refused.getByText('已完成 0 条，1 条未能处理').waitFor()
  await refused.getByText('记录不能由“草稿”变为“已审核”').waitFor()
  expect(await payloadEnglish(page)).toEqual([])
  await shot('21-bulk-refused')

  // a return asks for its reason, which the record then shows at the top
  await page.goto(list('submitted'))
  await rows.first().waitFor()
  const href = await rows.first().locator('td.cell-title a').getAttribute('href')
  expect(submitted).not.toContain(href)
  await rows.first().locator('td.cell-_select input:not([disabled])').check()
  await page.locator('[data-bulk-action="return"]').click()
  const dialog = page.locator('dialog.afc-dialog')
  await dialog.getByText('退回 1 条记录').waitFor()
  await dialog.locator('textarea').fill('照片看不清横幅，请补充现场照片。')
  await shot('22-return-dialog')
  await dialog.locator('[data-confirm="return"]').click()
  await page.locator('.afc-bulk [data-confirm-review="return"]').click()
  await page.locator('.afc-bulk [role="status"]', { hasText: '已完成 1 条' }).waitFor()

  await page.goto(`${app.baseURL}${href}`)
  const top = page.locator('.afc-record-actions')
  await top.locator('.afc-badge', { hasText: '已退回' }).waitFor()
  await top.getByText('照片看不清横幅，请补充现场照片。').waitFor()
  await top.getByText(/已被 李行长（天河支行） 于 .+ 退回/).waitFor()
  // the status is not a drop-down anyone edits
  expect(await page.locator('#field-status .rs__control--is-disabled, #field-status.read-only, #field-status [aria-disabled="true"]').count()).toBeGreaterThan(0)
  expect(await payloadEnglish(page)).toEqual([])
  await shot('23-returned-record')
})

it('on a phone, the manager reviews a record from its page: actions at the top, the return reason asked in the dialog, nothing past the edge', async () => {
  const { app } = session
  const page = await session.newPage(PHONE)
  await signIn(page, app.baseURL, 'manager@demo.anxin.cn')
  await page.goto(`${app.baseURL}/admin/collections/activities?where[status][equals]=submitted&limit=10`)
  const first = page.locator('table tbody tr').first()
  await first.waitFor()
  await first.locator('td.cell-title a').click()
  await page.waitForURL(/\/admin\/collections\/activities\/\d+$/)
  const top = page.locator('.afc-record-actions')
  await top.locator('[data-action="approve"]').waitFor()
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
  await top.locator('[data-action="return"]').click()
  const dialog = page.locator('dialog.afc-dialog')
  await dialog.locator('textarea').fill('请补充活动现场照片。')
  const box = await dialog.boundingBox()
  expect(box && box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true)
  await page.screenshot({ fullPage: true, path: path.resolve(__dirname, '../../artifacts/e2e/24-return-dialog-phone.png') })
  await dialog.locator('[data-confirm="return"]').click()
  await page.locator('.afc-record-actions .afc-badge', { hasText: '已退回' }).waitFor()
  await page.locator('.afc-record-actions').getByText('请补充活动现场照片。').waitFor()
  expect(await payloadEnglish(page)).toEqual([])
  await page.screenshot({ fullPage: true, path: path.resolve(__dirname, '../../artifacts/e2e/25-returned-phone.png') })
  await page.context().close()
})
