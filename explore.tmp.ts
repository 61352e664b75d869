import { chromium } from 'playwright-core'
const base = 'http://127.0.0.1:3999'
const main = async () => {
  const browser = await chromium.launch({ args: ['--no-sandbox', '--disable-gpu'], executablePath: '/usr/bin/chromium' })
  const outside: string[] = []
  for (const [name, vp] of [['desk', { height: 900, width: 1440 }], ['phone', { height: 844, width: 390 }]] as const) {
    const ctx = await browser.newContext({ locale: 'zh-CN', viewport: vp })
    const page = await ctx.newPage()
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) outside.push(r.url()) })
    page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text().slice(0, 200)) })
    await page.goto(`${base}/admin/login`)
    await page.locator('input[name="email"]').fill(process.argv[2] ?? 'staff@demo.anxin.cn')
    await page.locator('input[name="password"]').fill('demo-2026')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin\/?$/)
    await page.screenshot({ fullPage: true, path: `/tmp/afc/shots/${name}-dash.png` })
    await page.goto(`${base}/admin/collections/activities`)
    await page.waitForTimeout(1500)
    await page.screenshot({ fullPage: false, path: `/tmp/afc/shots/${name}-list.png` })
    await page.goto(`${base}/admin/collections/activities/create`)
    await page.locator('#field-title').waitFor()
    await page.waitForTimeout(1500)
    await page.screenshot({ fullPage: true, path: `/tmp/afc/shots/${name}-create.png` })
    const href = await page.evaluate(() => document.documentElement.scrollWidth)
    console.log(name, 'create scrollWidth', href)
    await page.locator('#field-date input').click()
    await page.waitForTimeout(500)
    await page.screenshot({ fullPage: false, path: `/tmp/afc/shots/${name}-picker.png` })
  }
  console.log('outside', outside)
  await browser.close()
}
main()
