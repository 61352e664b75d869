/**
 * A branch employee on a phone (390 × 844): files a record, is told in
 * Chinese why it cannot be submitted yet, adds the photo from the phone and
 * submits it with the record's own button — nothing wider than the screen, nothing fetched from
 * another host.
 */
import { expect, it } from 'vitest'

import { browserSession, PHONE } from '../helpers/app'
import { lobbyPhoto } from '../helpers/files'
import { choose, pageWidth, payloadEnglish, signIn } from '../helpers/admin'

const session = browserSession({ viewport: PHONE })
const TITLE = `手机登记街面宣传（e2e ${Date.now()}）`

it('staff file a record on the phone and submit it with the 提交 button; a refusal says why in Chinese', async () => {
  const { app, page, shot } = session
  await signIn(page, app.baseURL, 'staff@demo.anxin.cn')

  await page.goto(`${app.baseURL}/admin/collections/activities/create`)
  await page.locator('#field-title').waitFor()
  // the running campaign and the employee's outlet are filled in; the picker offers the campaign's days only
  await page.locator('#field-campaign', { hasText: '2026年打击治理电信网络诈骗集中宣传月' }).waitFor()
  await page.locator('#field-branch', { hasText: '广州天河中山路网点' }).waitFor()
  await page.getByText('宣传活动期间：2026-10-01 至 2026-10-31').waitFor()
  await page.locator('#field-date input').fill('2026-10-16')
  await page.locator('#field-date input').press('Escape')
  await choose(page, 'field-type', '街面/摆摊宣传')
  await page.locator('#field-title').fill(TITLE)
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
  expect(await payloadEnglish(page)).toEqual([])
  await shot('10-phone-create')
  await page.locator('#action-save').click()
  await page.waitForURL(/\/admin\/collections\/activities\/\d+$/)

  // the status and the actions are at the top; a street event needs a photo before it is submitted
  const actions = page.locator('.afc-record-actions')
  await actions.locator('.afc-badge', { hasText: '草稿' }).waitFor()
  await actions.locator('[data-action="submit"]').click()
  await actions.locator('[role="alert"]', { hasText: '“街面/摆摊宣传”类活动提交前须至少上传一张活动照片' }).waitFor()
  expect(await payloadEnglish(page)).toEqual([])
  await shot('11-phone-refused')
  // what lies past the right edge and shows (fixed layers such as the toasts, and what a clipping box hides — the closed menu — do not)
  const wide = await page.evaluate((w) => {
    const layered = (e: Element | null): boolean => {
      if (!e) return false
      const css = getComputedStyle(e)
      const clips = css.overflowX === 'hidden' || css.overflowX === 'clip'
      return css.position === 'fixed' || (clips && e.getBoundingClientRect().right <= w + 1) || layered(e.parentElement)
    }
    return [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > w + 1 && !layered(e)).map((e) => `${e.tagName}.${String(e.className)}`).slice(0, 5)
  }, PHONE.width)
  expect(wide, 'elements past the right edge').toEqual([])
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)

  // the photo, taken on the phone: uploaded from the record's photo field, then the record saved and submitted
  await page.locator('#field-photos').getByRole('button', { name: '创建新条目' }).click()
  const adding = page.locator('.bulk-upload--add-files')
  await adding.waitFor()
  await adding.locator('input[type="file"]').setInputFiles({ buffer: await lobbyPhoto(4242), mimeType: 'image/jpeg', name: '街面宣传现场.jpg' })
  // the drawer's own save button (on a phone it sits in the file list, not in the actions bar)
  const saveFiles = page.locator('.file-selections button:visible, .bulk-upload--actions-bar button:visible', { hasText: /^保存$/ }).first()
  await saveFiles.waitFor()
  await shot('11b-phone-photo')
  await saveFiles.click()
  await page.getByText('已保存 1 个文件。').waitFor()
  await page.locator('#field-photos', { hasText: '街面宣传现场' }).waitFor()
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/activities/') && r.status() === 200)
  await page.locator('#action-save').click()
  await saved
  await actions.locator('[data-action="submit"]:not([disabled])').click()
  await page.locator('.afc-record-actions .afc-badge', { hasText: '已提交' }).waitFor()
  await page.locator('.afc-record-actions [data-action="withdraw"]').waitFor()
  await shot('12-phone-submitted')

  // the list: title, date and status on screen, no sideways scrolling
  await page.goto(`${app.baseURL}/admin/collections/activities?search=${encodeURIComponent('e2e')}`)
  const row = page.locator('table tbody tr', { hasText: TITLE })
  await row.waitFor()
  // once the list has settled (its cells load after the first paint), the status is on screen
  await expect
    .poll(async () => {
      const box = await row.locator('td.cell-status').boundingBox()
      return box ? box.x + box.width : Infinity
    }, { timeout: 15_000 })
    .toBeLessThanOrEqual(PHONE.width)
  expect(await row.locator('td.cell-status').innerText()).toContain('已提交')
  expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
  expect(await payloadEnglish(page)).toEqual([])
  await shot('13-phone-list')
})
