import { chromium } from 'playwright-core'
const base = 'http://localhost:3999'
const main = async () => {
  const browser = await chromium.launch({ args: ['--no-sandbox', '--disable-gpu'], executablePath: '/usr/bin/chromium' })
  const ctx = await browser.newContext({ locale: 'zh-CN', viewport: { height: 844, width: 390 } })
  const page = await ctx.newPage()
  page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)))
  page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 300)))
  await page.goto(`${base}/admin/login`)
  await page.waitForTimeout(5000)
  await page.screenshot({ path: '/tmp/afc/login.png' })
  console.log((await page.content()).length)
  await browser.close()
}
main()
