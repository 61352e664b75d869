import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/bank'
import { browserSession, PHONE } from '../helpers/app'
import { pageWidth } from '../helpers/admin'

const session = browserSession()
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const stamp = Date.now()
const CODE = `LEAFLET-E2E-${stamp}`
const SLUG = CODE.toLowerCase()

/** axe-core (WCAG 2 A/AA) on the current page: the serious and critical violations. */
const accessibilityProblems = async () => {
  await session.page.addScriptTag({ content: axeSource })
  return session.page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe
    const res = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`)
  })
}

const publish = async () => {
  await session.page.locator('#action-save').click()
  // the document header says so once the publish has gone through
  await session.page.locator('.doc-controls__status, .status', { hasText: '已发布' }).first().waitFor()
}

it('an editor writes a material in zh, adds English, publishes; the public pages show both; a draft edit waits for publishing', async () => {
  const { app, page, shot } = session
  await page.goto(`${app.baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill('editor@demo.anxin.cn')
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)

  await page.goto(`${app.baseURL}/admin/collections/materials/create`)
  await page.locator('#field-title').waitFor()
  await page.locator('#field-title').fill('警惕“网络刷单”诈骗宣传折页')
  await page.locator('#field-code').fill(CODE)
  await page.locator('#field-kind .rs__control').click()
  await page.locator('.rs__option', { hasText: '宣传折页' }).first().click()
  await page.locator('#field-summary').fill('刷单返利都是诈骗：先垫付、后返利，越刷越多，最后血本无归。')
  await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
  await page.keyboard.type('凡是要求先垫付资金的“刷单”兼职，都是诈骗。')
  await shot('20-material-zh')
  // a link name that is not one: refused, with the reason at the field, in Chinese
  await page.locator('#field-slug').fill('网络 刷单!')
  await page.locator('#action-save').click()
  await page.locator('.field-type', { has: page.locator('#field-slug') }).getByText('只能使用小写字母、数字和连字符').first().waitFor()
  await shot('20b-material-refused')
  await page.locator('#field-slug').fill('')
  await publish()
  await page.waitForURL(/\/admin\/collections\/materials\/\d+/)
  const editURL = page.url().split('?')[0]!

  // the English translation
  await page.goto(`${editURL}?locale=en`)
  await page.locator('#field-title').waitFor()
  await page.locator('#field-title').fill('Leaflet: “order brushing” jobs are scams')
  await page.locator('#field-summary').fill('Any job that asks you to pay first and promises rebates is a scam.')
  await publish()
  await shot('21-material-en')

  // the public pages, in both languages
  await page.goto(`${app.baseURL}/materials/${SLUG}`)
  await page.getByRole('heading', { level: 1, name: '警惕“网络刷单”诈骗宣传折页' }).waitFor()
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
  expect(await page.title()).toContain('警惕“网络刷单”诈骗宣传折页')
  expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toBe('警惕“网络刷单”诈骗宣传折页')
  expect(await page.locator('.body').innerText()).toContain('先垫付资金')
  expect(await accessibilityProblems()).toEqual([])
  await shot('22-public-zh')

  await page.getByRole('link', { name: 'English' }).click()
  await page.waitForURL(new RegExp(`/en/materials/${SLUG}$`))
  await page.getByRole('heading', { level: 1, name: 'Leaflet: “order brushing” jobs are scams' }).waitFor()
  expect(await page.locator('html').getAttribute('lang')).toBe('en')
  // the body was not translated: it is shown in Chinese, marked as such, and the page says so
  expect(await page.locator('.notice').innerText()).toContain('not been translated')
  // the English page's own words (header, notice, footer) use ASCII punctuation, never full-width marks
  expect(await page.locator('header, .notice, footer').allInnerTexts().then((t) => t.join(' '))).not.toMatch(/[\u2018\u2019\u201C\u201D\u3000-\u303F\uFF00-\uFFEF]/)
  expect(await page.locator('.body').getAttribute('lang')).toBe('zh-CN')
  expect(await accessibilityProblems()).toEqual([])
  await shot('23-public-en')

  // the list finds it by text and by kind; the feed and the sitemap list it
  await page.goto(`${app.baseURL}/materials?q=${encodeURIComponent('刷单')}&kind=leaflet`)
  await page.getByRole('link', { name: '警惕“网络刷单”诈骗宣传折页' }).waitFor()
  expect(await accessibilityProblems()).toEqual([])
  await shot('24-public-list')
  const feed = await page.request.get(`${app.baseURL}/feed.xml`)
  expect(await feed.text()).toContain(`/materials/${SLUG}`)
  const sitemap = await page.request.get(`${app.baseURL}/sitemap.xml`)
  expect(await sitemap.text()).toContain(`/materials/${SLUG}`)

  // a draft edit is not public until it is published
  await page.goto(`${editURL}?locale=zh`)
  await page.locator('#field-title').waitFor()
  await page.locator('#field-title').fill('警惕“网络刷单”诈骗宣传折页（修订版）')
  // autosave keeps the edit as a draft
  const id = editURL.split('/').pop()
  await expect
    .poll(async () => (await (await page.request.get(`${app.baseURL}/api/materials/${id}?draft=true&depth=0`, { headers: { Origin: app.baseURL } })).json()).title, { timeout: 20_000 })
    .toBe('警惕“网络刷单”诈骗宣传折页（修订版）')
  await shot('25-draft-edit')
  const before = await page.request.get(`${app.baseURL}/materials/${SLUG}`)
  expect(await before.text()).not.toContain('（修订版）')
  await page.goto(`${editURL}?locale=zh`)
  await page.locator('#field-title').waitFor()
  await publish()
  await page.goto(`${app.baseURL}/materials/${SLUG}`)
  await page.getByRole('heading', { level: 1, name: '警惕“网络刷单”诈骗宣传折页（修订版）' }).waitFor()
  await shot('26-public-after-publish')

  // the home page leads with the running campaign's approved figures; a seeded material shows its cover and its PDF
  await page.goto(`${app.baseURL}/`)
  const headline = page.locator('.headline')
  await headline.getByRole('heading', { name: '2026年打击治理电信网络诈骗集中宣传月' }).waitFor()
  expect(Number((await headline.locator('dd').first().innerText()).replace(/,/g, ''))).toBeGreaterThan(1000)
  // links and buttons are at least 44 px tall (a thumb, not a mouse)
  const small = await page.locator('header a, footer a, main a').evaluateAll((as) => as.filter((a) => a.getBoundingClientRect().height < 44).map((a) => (a as HTMLElement).innerText))
  expect(small).toEqual([])
  await page.goto(`${app.baseURL}/materials/leaflet-police`)
  const cover = page.locator('article img.cover')
  await cover.scrollIntoViewIfNeeded()
  // loaded (it is lazy: scrolled to, then fetched)
  await expect.poll(() => cover.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0)
  const pdfLink = page.locator('#downloads ~ ul a[download]').first()
  const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, app.baseURL).toString())
  expect(pdf.status()).toBe(200)
  expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF')
  await shot('27-public-material-cover')

  // nothing unpublished leaks: an unknown slug is a 404
  expect((await page.request.get(`${app.baseURL}/materials/no-such-material`)).status()).toBe(404)
})

it('on a phone, the public home and a material fit the screen and their links are thumb-sized', async () => {
  const { app } = session
  const page = await session.newPage(PHONE)
  for (const path_ of ['/', '/materials', '/materials/leaflet-police', '/en/materials/leaflet-police']) {
    await page.goto(`${app.baseURL}${path_}`)
    await page.locator('main h1').waitFor()
    expect(await pageWidth(page), path_).toBeLessThanOrEqual(PHONE.width)
    const small = await page.locator('header a, footer a, main a, main button').evaluateAll((as) => as.filter((a) => a.getBoundingClientRect().height < 44).map((a) => (a as HTMLElement).innerText))
    expect(small, path_).toEqual([])
  }
  await page.screenshot({ fullPage: true, path: path.resolve(__dirname, '../../artifacts/e2e/28-public-material-phone.png') })
  await page.context().close()
})
