import path from 'node:path'

import { expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/bank'
import { browserSession, PHONE } from '../helpers/app'
import { pageWidth, payloadEnglish, signIn } from '../helpers/admin'

const session = browserSession()

it('compliance sees the dashboard, generates the October report, opens it, follows a total to its records and downloads the PDF', async () => {
  const { app, browser, page, shot } = session
  await page.goto(`${app.baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill('compliance@demo.anxin.cn')
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  await page.locator('.afc-dashboard').waitFor()
  expect(await page.locator('.afc-dashboard').innerText()).toContain('覆盖人次')
  await shot('30-dashboard')

  await page.goto(`${app.baseURL}/admin/collections/reports`)
  await page.locator('.afc-generate-link').click()
  await page.waitForURL(/\/admin\/reports\/generate$/)
  await page.locator('select[name="month"]').selectOption('2026-10')
  await page.getByRole('button', { name: '生成报告' }).click()
  await page.locator('.afc-report-done, form [role="alert"]').first().waitFor({ timeout: 60_000 })
  const alert = page.locator('form [role="alert"]')
  if (await alert.count()) throw new Error(`generate failed: ${await alert.innerText()}`)
  await shot('31-generated')
  await page.locator('.afc-report-done a').click()
  await page.waitForURL(/\/admin\/collections\/reports\/\d+/)
  // the snapshot's totals are a table (no code editor fetched from a CDN), and every link on the page answers
  await page.locator('.afc-json', { hasText: '合计（快照）' }).locator('table').waitFor()
  const links = await page.locator('main a[href], .collection-edit a[href]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))])
  expect(links.some((l) => l.includes('/html'))).toBe(true)
  for (const l of links.filter((l) => l.startsWith(app.baseURL))) {
    expect((await page.request.get(l, { headers: { Origin: app.baseURL } })).status(), l).toBeLessThan(400)
  }
  const reportURL = page.url()
  const id = reportURL.split('/').pop()!.split('?')[0]

  // the rendered report: Chinese summary with totals, each linking to its records
  const html = await page.request.get(`${app.baseURL}/api/reports/${id}/html`, { headers: { Origin: app.baseURL } })
  expect(html.status()).toBe(200)
  const reportPage = await browser.newPage({ locale: 'zh-CN' })
  await reportPage.context().addCookies(await page.context().cookies())
  await reportPage.goto(`${app.baseURL}/api/reports/${id}/html`)
  await reportPage.getByRole('heading', { level: 1 }).waitFor()
  expect(await reportPage.getByRole('heading', { level: 1 }).innerText()).toContain('2026年10月工作总结')
  await reportPage.screenshot({ fullPage: true, path: path.resolve(__dirname, '../../artifacts/e2e/32-report-html.png') })
  const events = reportPage.locator('table.totals tbody tr').first().locator('a')
  const count = Number((await events.innerText()).replace(/,/g, ''))
  expect(count).toBeGreaterThan(0)
  await events.click()
  await reportPage.waitForURL(/\/admin\/collections\/activities\?/)
  await reportPage.locator('.page-controls, .collection-list__page-info, [class*="page-info"]').first().waitFor()
  expect(await reportPage.locator('body').innerText()).toContain(`共 ${count}`)
  await reportPage.screenshot({ fullPage: true, path: path.resolve(__dirname, '../../artifacts/e2e/33-drill-down.png') })

  // the files
  const report = await (await page.request.get(`${app.baseURL}/api/reports/${id}?depth=1`, { headers: { Origin: app.baseURL } })).json()
  const pdf = report.files.find((f: { mimeType: string }) => f.mimeType === 'application/pdf')
  const download = await page.request.get(pdf.url.startsWith("http") ? pdf.url : `${app.baseURL}${pdf.url}`, { headers: { Origin: app.baseURL } })
  expect(download.status()).toBe(200)
  expect((await download.body()).subarray(0, 4).toString()).toBe('%PDF')
  expect(report.files.map((f: { mimeType: string }) => f.mimeType).sort()).toEqual(['application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'])

  // a refusal, in Chinese: approving a record that is still a draft
  await page.goto(`${app.baseURL}/admin/collections/activities?where[status][equals]=draft&limit=10`)
  await page.locator('table tbody tr').first().locator('td.cell-_select input:not([disabled])').check()
  await page.locator('[data-bulk-action="approve"]').click()
  await page.locator('.afc-bulk [role="status"]').getByText('记录不能由“草稿”变为“已审核”').waitFor()
  await shot('34-compliance-refused')
})

it('on a phone, compliance reads the dashboard, the submission status and the generate screen without sideways scrolling', async () => {
  const { app } = session
  const page = await session.newPage(PHONE)
  await signIn(page, app.baseURL, 'compliance@demo.anxin.cn')
  await page.locator('.afc-dashboard').waitFor()
  for (const [path_, ready] of [['/admin', '.afc-dashboard svg'], ['/admin/completeness', '.afc-completeness tfoot'], ['/admin/reports/generate', 'form.afc-form']] as const) {
    await page.goto(`${app.baseURL}${path_}`)
    await page.locator(ready).first().waitFor()
    expect(await pageWidth(page), path_).toBeLessThanOrEqual(PHONE.width)
    expect(await payloadEnglish(page), path_).toEqual([])
  }
  await page.screenshot({ fullPage: true, path: path.resolve(__dirname, '../../artifacts/e2e/35-generate-phone.png') })
  await page.context().close()
})
