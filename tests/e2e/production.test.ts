/**
 * The production shape, in the browser: the production build (`npm start`, a
 * port other than 3000) on PostgreSQL (a throwaway server from Debian's
 * binaries: migrations, seed and every save go there) with uploads in an
 * S3-compatible bucket (an S3 server in this process). A member of staff
 * files a street event with a photo taken on the spot, from the admin, and
 * submits it; the photo and its sizes are in the bucket and shown in the
 * admin; another branch's manager is refused the record and the file, in
 * Chinese.
 */
import pg from 'pg'
import { expect, it } from 'vitest'

import { DEMO_PASSWORD } from '../../seed/bank'
import { choose, payloadEnglish, signIn } from '../helpers/admin'
import { browserSession } from '../helpers/app'
import { lobbyPhoto } from '../helpers/files'
import { startS3, type TestS3 } from '../helpers/s3'

type PgServer = { createDatabase: (name: string) => Promise<string>; stop: () => Promise<void> }

let s3: TestS3
let databaseUrl: string

const session = browserSession({
  services: async () => {
    const { startPostgres } = (await import('../../scripts/postgres-server.mjs')) as { startPostgres: () => Promise<PgServer> }
    const server = await startPostgres()
    databaseUrl = await server.createDatabase('afc_e2e')
    s3 = await startS3('afc-e2e', 'campaigns/prod')
    return {
      env: { DATABASE_URL: databaseUrl, ...s3.env },
      stop: async () => {
        await s3.close()
        await server.stop()
      },
    }
  },
})
const TITLE = `社区反诈宣传（PostgreSQL + S3，e2e ${Date.now()}）`

it('staff file a record with a photo on PostgreSQL, the photo in the bucket; another branch is refused both, in Chinese', async () => {
  const { app, page, shot } = session
  await signIn(page, app.baseURL, 'staff@demo.anxin.cn')
  await page.goto(`${app.baseURL}/admin/collections/activities/create`)
  await page.locator('#field-title').waitFor()
  await page.locator('#field-campaign', { hasText: '2026年打击治理电信网络诈骗集中宣传月' }).waitFor()
  await page.locator('#field-date input').fill('2026-10-17')
  await page.locator('#field-date input').press('Escape')
  await choose(page, 'field-type', '街面/摆摊宣传')
  await page.locator('#field-title').fill(TITLE)
  await page.locator('#action-save').click()
  await page.waitForURL(/\/admin\/collections\/activities\/[^/]+$/)

  // the photo, from the record's photo field: stored in the bucket by the production server
  // (the saved record's form is replaced once it has loaded: a click before that opens nothing, so the user clicks again)
  await page.locator('.afc-record-actions .afc-badge', { hasText: '草稿' }).waitFor()
  const adding = page.locator('.bulk-upload--add-files')
  for (let i = 0; i < 5 && !(await adding.isVisible()); i++) {
    await page.locator('#field-photos').getByRole('button', { name: '创建新条目' }).click()
    await adding.waitFor({ timeout: 3000 }).catch(() => undefined)
  }
  await adding.locator('input[type="file"]').setInputFiles({ buffer: await lobbyPhoto(5151), mimeType: 'image/jpeg', name: '社区宣传现场.jpg' })
  const saveFiles = page.locator('.file-selections button:visible, .bulk-upload--actions-bar button:visible', { hasText: /^保存$/ }).first()
  await saveFiles.click()
  await page.getByText('已保存 1 个文件。').waitFor()
  await page.locator('#field-photos', { hasText: '社区宣传现场' }).waitFor()
  const saved = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/activities/') && r.status() === 200)
  await page.locator('#action-save').click()
  await saved
  const actions = page.locator('.afc-record-actions')
  await actions.locator('[data-action="submit"]:not([disabled])').click()
  await actions.locator('.afc-badge', { hasText: '已提交' }).waitFor()
  // the photo's thumbnail, read back from the bucket through the server, is shown
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll<HTMLImageElement>('#field-photos img')].filter((i) => i.complete && i.naturalWidth > 0).length), { timeout: 15_000 })
    .toBeGreaterThan(0)
  expect(await payloadEnglish(page)).toEqual([])
  await shot('40-postgres-s3-submitted')

  const headers = { Origin: app.baseURL }
  const doc = (await (await page.request.get(`${app.baseURL}/api/activities?where[title][equals]=${encodeURIComponent(TITLE)}&depth=1`, { headers })).json()).docs[0]
  expect(doc.status).toBe('submitted')
  const photo = doc.photos[0]
  expect(photo.filename).toMatch(/^社区宣传现场.*\.jpg$/)
  // the original and each size are objects in the bucket, under the installation's prefix
  const keys = await s3.keys(`${s3.prefix}/`)
  expect(keys).toContain(`${s3.prefix}/${photo.filename}`)
  for (const size of Object.values(photo.sizes as Record<string, { filename: string | null }>)) if (size.filename) expect(keys).toContain(`${s3.prefix}/${size.filename}`)
  const own = await page.request.get(`${app.baseURL}/api/media/file/${encodeURIComponent(photo.filename)}`, { headers })
  expect(own.status()).toBe(200)
  expect(Buffer.compare(await own.body(), await s3.object(`${s3.prefix}/${photo.filename}`))).toBe(0)

  // the record is in PostgreSQL (the server wrote there, not to a SQLite file)
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const rows = (await client.query('SELECT status FROM activities WHERE title = $1', [TITLE])).rows
  await client.end()
  expect(rows).toEqual([{ status: 'submitted' }])

  // a manager of another branch (Shenzhen) gets neither the record nor the photo, told so in Chinese
  const login = await fetch(`${app.baseURL}/api/users/login`, { body: JSON.stringify({ email: 'manager.sz@demo.anxin.cn', password: DEMO_PASSWORD }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
  const token = ((await login.json()) as { token: string }).token
  const asSz = { Authorization: `JWT ${token}`, 'Accept-Language': 'zh-CN', 'Content-Type': 'application/json' }
  const edit = await fetch(`${app.baseURL}/api/activities/${doc.id}`, { body: JSON.stringify({ title: '改别家的记录' }), headers: asSz, method: 'PATCH' })
  expect([403, 404]).toContain(edit.status)
  const message = ((await edit.json()) as { errors: Array<{ message: string }> }).errors[0]!.message
  expect(message).toMatch(/[\u4e00-\u9fff]/)
  const file = await fetch(`${app.baseURL}/api/media/file/${encodeURIComponent(photo.filename)}`, { headers: asSz })
  expect([403, 404]).toContain(file.status)
  expect(await file.text()).not.toContain('JFIF')
})
