/**
 * Against the production build (`npm start`, served on a port other than
 * 3000): the product's refusals keep their words — in Chinese for a Chinese
 * user — instead of Payload's "An unknown error occurred.", which is what the
 * bundled server answered before (tests in development mode could not see
 * it); pages and files carry the security headers Next adds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CAMPAIGN, DEMO_PASSWORD } from '../../seed/bank'
import { type App, startApp } from '../helpers/app'
import { png } from '../helpers/files'

let app: App
beforeAll(async () => {
  app = await startApp()
})
afterAll(async () => app?.stop())

const call = async (path: string, init: { body?: unknown; method?: string; token?: string } = {}) => {
  const res = await fetch(`${app.baseURL}${path}`, {
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    headers: { 'Accept-Language': 'zh-CN', 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}) },
    method: init.method ?? 'GET',
  })
  return { body: (await res.json()) as { doc?: { id: number | string }; docs?: Array<{ date: string; id: number | string }>; errors?: Array<{ message: string }>; token?: string }, status: res.status }
}
const login = async (email: string) => (await call('/api/users/login', { body: { email, password: DEMO_PASSWORD }, method: 'POST' })).body.token!

describe('refusals under npm start', () => {
  it('say why, in Chinese: a self-approval, a return without reason, a closed month', async () => {
    const staff = await login('staff@demo.anxin.cn')
    const compliance = await login('compliance@demo.anxin.cn')
    const campaign = (await call(`/api/campaigns?where[slug][equals]=${CAMPAIGN.slug}`, { token: staff })).body.docs![0]!.id
    const filed = await call('/api/activities', {
      body: { campaign, date: '2026-10-20T04:00:00.000Z', title: '生产环境拒绝测试', type: 'lobby' },
      method: 'POST',
      token: staff,
    })
    expect(filed.status).toBe(201)
    const id = filed.body.doc!.id

    const approve = await call(`/api/activities/${id}`, { body: { status: 'approved' }, method: 'PATCH', token: staff })
    expect(approve.status).toBe(403)
    expect(approve.body.errors![0]!.message).toContain('您的角色无权进行此操作')

    expect((await call(`/api/activities/${id}`, { body: { status: 'submitted' }, method: 'PATCH', token: staff })).status).toBe(200)
    const noReason = await call(`/api/activities/${id}`, { body: { status: 'returned' }, method: 'PATCH', token: compliance })
    expect(noReason.status).toBe(400)
    expect(noReason.body.errors![0]!.message).toContain('退回原因')

    // a draft of the staff member's own, which they may edit until the month is closed
    const draft = await call('/api/activities', { body: { campaign, date: '2026-10-21T04:00:00.000Z', title: '锁定前的草稿', type: 'lobby' }, method: 'POST', token: staff })
    const lock = await call('/api/month-locks', { body: { campaign, month: '2026-10', reason: '十月数据已报送' }, method: 'POST', token: compliance })
    expect(lock.status).toBe(201)
    const locked = await call(`/api/activities/${draft.body.doc!.id}`, { body: { title: '锁定后修改' }, method: 'PATCH', token: staff })
    expect(locked.status).toBe(423)
    expect(locked.body.errors![0]!.message).toMatch(/2026-10 月份已锁定（.+ 于 .+ 锁定/)
    // a validation error keeps its field errors, which the admin shows at the field (not only as a toast)
    const outside = await call('/api/activities', { body: { campaign, date: '2026-12-20T04:00:00.000Z', title: '期外日期', type: 'lobby' }, method: 'POST', token: staff })
    expect(outside.status).toBe(400)
    const fieldErrors = (outside.body.errors?.[0] as { data?: { errors?: Array<{ message: string; path: string }> } } | undefined)?.data?.errors
    expect(fieldErrors?.find((f) => f.path === 'date')?.message).toContain('不在宣传活动期间')
    for (const r of [approve, noReason, locked]) expect(JSON.stringify(r.body)).not.toMatch(/unknown error|Something went wrong/)
  })

  it('sends pages and files with headers that keep them from being framed or sniffed', async () => {
    for (const page of ['/admin/login', '/', '/materials']) {
      const res = await fetch(`${app.baseURL}${page}`)
      expect(res.headers.get('content-security-policy'), page).toContain("frame-ancestors 'self'")
      expect(res.headers.get('x-frame-options'), page).toBe('SAMEORIGIN')
      expect(res.headers.get('x-content-type-options'), page).toBe('nosniff')
      expect(res.headers.get('referrer-policy'), page).toBe('strict-origin-when-cross-origin')
    }
    // every page asks for an icon: it is there (a 404 on each page before)
    for (const icon of ['/favicon.ico', '/icon.svg']) expect((await fetch(`${app.baseURL}${icon}`)).status, icon).toBe(200)
    const staff = await login('staff@demo.anxin.cn')
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(await png())], { type: 'image/png' }), 'lobby "x".png')
    form.append('_payload', JSON.stringify({ alt: '厅堂' }))
    const up = await fetch(`${app.baseURL}/api/media`, { body: form, headers: { Authorization: `JWT ${staff}` }, method: 'POST' })
    expect(up.status).toBe(201)
    const { doc } = (await up.json()) as { doc: { filename: string } }
    const fileRes = await fetch(`${app.baseURL}/api/media/file/${encodeURIComponent(doc.filename)}`, { headers: { Authorization: `JWT ${staff}` } })
    expect(fileRes.status).toBe(200)
    expect(fileRes.headers.get('x-content-type-options')).toBe('nosniff')
    expect(fileRes.headers.get('content-disposition')).toMatch(/^inline; filename="[^"\r\n]+"; filename\*=UTF-8''/)
  })
})

describe('a first start with only PORT set', () => {
  let bare: App
  beforeAll(async () => {
    bare = await startApp({ serverURL: false })
  })
  afterAll(async () => bare?.stop())

  it('counts the browser’s sign-in cookie at http://127.0.0.1:<port> and at localhost alike', async () => {
    const at = new URL(bare.baseURL)
    for (const origin of [`http://127.0.0.1:${at.port}`, `http://localhost:${at.port}`]) {
      const signIn = await fetch(`${origin}/api/users/login`, { body: JSON.stringify({ email: 'staff@demo.anxin.cn', password: DEMO_PASSWORD }), headers: { 'Content-Type': 'application/json', Origin: origin }, method: 'POST' })
      expect(signIn.status).toBe(200)
      const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
      const me = await fetch(`${origin}/api/users/me`, { headers: { Cookie: cookie, Origin: origin } })
      expect(((await me.json()) as { user: { email: string } | null }).user?.email, origin).toBe('staff@demo.anxin.cn')
    }
  })
})
