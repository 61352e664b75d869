import { expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/bank'
import { browserSession } from '../helpers/app'

const session = browserSession()

/** Picks an option in one of Payload's select/relationship fields (react-select). */
const choose = async (fieldId: string, optionText: string) => {
  await session.page.locator(`#${fieldId} .rs__control`).click()
  await session.page.locator('.rs__option', { hasText: optionText }).first().click()
}

const TITLE = `街面反诈宣传（e2e ${Date.now()}）`

it('a branch manager logs in (in Chinese), files an activity with a leaflet row and a reach row, and sees it in the list', async () => {
  const { app, page, shot } = session
  await page.goto(`${app.baseURL}/admin/login`)
  await page.locator('input[name="email"]').fill('manager@demo.anxin.cn')
  await page.locator('input[name="password"]').fill(DEMO_PASSWORD)
  await shot('01-login')
  await page.locator('button[type="submit"]').click()
  await page.waitForURL(/\/admin\/?$/)
  expect(await page.locator('html').getAttribute('lang')).toBe('zh')

  await page.goto(`${app.baseURL}/admin/collections/activities/create`)
  await page.locator('#field-title').waitFor()

  await choose('field-campaign', '2026年打击治理电信网络诈骗集中宣传月')
  // the branch defaults to the manager's own sub-branch; file it for one of its outlets instead
  await choose('field-branch', '广州天河中山路网点')
  await page.locator('#field-date input').fill('2026-10-15')
  await page.locator('#field-date input').press('Escape')
  await choose('field-type', '街面/摆摊宣传')
  await page.locator('#field-title').fill(TITLE)
  await page.locator('#field-location').fill('天河路地铁站口')

  await page.locator('#field-leaflets .array-field__add-row').click()
  await choose('field-leaflets__0__material', '防范冒充公检法诈骗宣传折页')
  await page.locator('#field-leaflets__0__quantity').fill('300')

  await page.locator('#field-reach .array-field__add-row').click()
  await choose('field-reach__0__audience', '老年人')
  await page.locator('#field-reach__0__count').fill('260')
  await shot('02-create-filled')

  await page.locator('#action-save').click()
  await page.waitForURL(/\/admin\/collections\/activities\/\d+$/)
  await shot('03-saved')

  await page.goto(`${app.baseURL}/admin/collections/activities?search=${encodeURIComponent('e2e')}`)
  const row = page.locator('table tbody tr', { hasText: TITLE })
  await row.first().waitFor()
  await row.first().getByText('广州天河中山路网点').waitFor()
  await shot('04-list')
  expect(await row.count()).toBe(1)

  // and the record holds what was typed, filed by the manager for the outlet
  // (the session cookie counts only with our own Origin: the CSRF rule)
  const res = await page.request.get(`${app.baseURL}/api/activities?where[title][equals]=${encodeURIComponent(TITLE)}&depth=1`, {
    headers: { Origin: app.baseURL },
  })
  const doc = (await res.json()).docs[0]
  expect(doc.branch.code).toBe('GZ-01-02')
  expect(doc.leaflets).toMatchObject([{ quantity: 300 }])
  expect(doc.leaflets[0].material.code).toBe('LEAFLET-POLICE')
  expect(doc.reach).toMatchObject([{ audience: 'elderly', channel: 'offline', count: 260 }])
  expect(doc.status).toBe('draft')
  // a related user comes with their name and role only (defaultPopulate), not their email
  const me = (await (await page.request.get(`${app.baseURL}/api/users/me`, { headers: { Origin: app.baseURL } })).json()).user
  expect(me.email).toBe('manager@demo.anxin.cn')
  expect(doc.createdBy).toMatchObject({ id: me.id, name: '李行长（天河支行）', role: 'manager' })
  expect(doc.createdBy.email).toBeUndefined()
  expect(doc.date.slice(0, 10)).toMatch(/2026-10-1[45]/)
})
