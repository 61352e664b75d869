import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/bank'
import { browserSession } from '../helpers/app'
import { HEADER_ZH, row, xlsx } from '../helpers/sheets'

const session = browserSession()
const stamp = Date.now()

it('a manager uploads an XLSX, sees the dry-run errors, fixes the file, commits, and sees the records', async () => {
  const { app, page, shot } = session
  await page.goto(`${app.baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill('manager@demo.anxin.cn')
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)

  // the activities list leads to the import screen
  // (the list writes its query into the address once it has loaded, with history.replaceState; a click
  // before that can lose its navigation to that write on a slow machine, so wait for it as a user would)
  await page.goto(`${app.baseURL}/admin/collections/activities`)
  await page.waitForURL(/\/admin\/collections\/activities\?.*limit=/)
  await page.locator('table tbody tr').first().waitFor()
  await page.locator('.afc-links--list a[href="/admin/import"]').click()
  await page.waitForURL(/\/admin\/import$/, { waitUntil: 'commit' })
  await page.getByRole('heading', { name: '导入活动记录' }).waitFor()

  // a log with two mistakes: an outlet of another branch (Shenzhen) and a date that is no date
  const dir = path.join(tmpdir(), `afc-e2e-import-${stamp}`)
  await mkdir(dir, { recursive: true })
  const good = (n: number) => row(`E2E-${stamp}-${n}`, 'GZ-01-02', `2026-10-${String(10 + n).padStart(2, '0')}`, { material: 'LEAFLET-POLICE', title: `e2e 导入厅堂宣传 ${stamp}-${n}` })
  const bad = [good(1), row(`E2E-${stamp}-2`, 'SZ-01-01', '2026-10-12', { material: 'LEAFLET-POLICE' }), row(`E2E-${stamp}-3`, 'GZ-01-03', '十月三十二日', { material: 'LEAFLET-POLICE' })]
  const badFile = path.join(dir, '十月台账.xlsx')
  await writeFile(badFile, await xlsx(bad, HEADER_ZH))
  await page.locator('input[type="file"]').setInputFiles(badFile)
  await page.getByRole('button', { name: '校验（试导入）' }).click()
  const problems = page.locator('table.afc-problems tbody tr')
  await problems.first().waitFor()
  expect(await problems.count()).toBe(2)
  await expect.poll(() => problems.nth(0).innerText()).toContain('SZ-01-01')
  expect(await problems.nth(0).innerText()).toContain('本机构及下级机构中没有代码为')
  expect(await problems.nth(1).innerText()).toContain('无法识别的日期')
  expect(await page.getByRole('button', { name: '确认导入' }).count()).toBe(0)
  await shot('10-import-dry-run-errors')

  // fixed: the Shenzhen row removed, the date corrected
  const fixed = [good(1), good(3)]
  const fixedFile = path.join(dir, '十月台账-修改.xlsx')
  await writeFile(fixedFile, await xlsx(fixed, HEADER_ZH))
  await page.locator('input[type="file"]').setInputFiles(fixedFile)
  await page.getByRole('button', { name: '校验（试导入）' }).click()
  await page.getByRole('button', { name: '确认导入' }).waitFor()
  expect(await page.locator('.afc-summary').innerText()).toContain('2 行可导入')
  await shot('11-import-dry-run-ok')
  await page.getByRole('button', { name: '确认导入' }).click()
  await page.locator('.afc-done').waitFor()
  expect(await page.locator('.afc-done').innerText()).toContain('新增 2 条记录')
  await shot('12-import-committed')

  await page.getByRole('link', { name: '查看导入的记录' }).click()
  const rows = page.locator('table tbody tr', { hasText: `e2e 导入厅堂宣传 ${stamp}` })
  await rows.first().waitFor()
  expect(await rows.count()).toBe(2)
  // the branch column fills in once the list has fetched the related branches
  await rows.first().getByText('广州天河中山路网点').waitFor()
  await shot('13-imported-records')
})
