/**
 * Issue 24's tries against `npm start` itself (the production build, a port
 * other than 3000), with the jobs schedule ticking every 10 s (JOBS_CRON) so
 * that it fires inside the run: twelve large photos at once, a hostile
 * spreadsheet, a template past its limits — each answered in words, and
 * writes and sign-in working after; then the server is killed (SIGKILL) and
 * npm start's supervisor brings it back, saying why.
 */
import { execFileSync } from 'node:child_process'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CAMPAIGN, DEMO_PASSWORD } from '../../seed/bank'
import { type App, startApp } from '../helpers/app'
import { lyingZip } from '../helpers/hostileSheets'

let app: App
beforeAll(async () => {
  app = await startApp({ env: { JOBS_CRON: '*/10 * * * * *' } })
})
afterAll(async () => app?.stop())

const login = async (email: string) => {
  const res = await fetch(`${app.baseURL}/api/users/login`, { body: JSON.stringify({ email, password: DEMO_PASSWORD }), headers: { 'Content-Type': 'application/json' }, method: 'POST' })
  return { status: res.status, token: ((await res.json()) as { token?: string }).token }
}
const health = async () => (await fetch(`${app.baseURL}/api/health`).catch(() => null))?.status ?? 0

describe('the server holds, under npm start', () => {
  it('twelve 7,740 px photos at once across the schedule’s ticks: each taken or refused as busy, and writes go on', { timeout: 300_000 }, async () => {
    expect(await health()).toBe(200)
    const { token } = await login('staff@demo.anxin.cn')
    const big = await sharp({ create: { background: { b: 0, g: 0, r: 255 }, channels: 3, height: 7740, width: 7740 } }).png({ palette: true }).toBuffer()
    const statuses = await Promise.all(
      Array.from({ length: 12 }, async (_, i) => {
        const fd = new FormData()
        fd.append('file', new Blob([new Uint8Array(big)], { type: 'image/png' }), `lobby-${i}.png`)
        fd.append('_payload', JSON.stringify({ alt: `大堂 ${i}` }))
        const res = await fetch(`${app.baseURL}/api/media`, { body: fd, headers: { Authorization: `JWT ${token}` }, method: 'POST' })
        await res.arrayBuffer()
        return res.status
      }),
    )
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([])
    // sign-in and a save work after it, and the server says it takes writes
    expect((await login('staff@demo.anxin.cn')).status).toBe(200)
    const campaign = ((await (await fetch(`${app.baseURL}/api/campaigns?where[slug][equals]=${CAMPAIGN.slug}`, { headers: { Authorization: `JWT ${token}` } })).json()) as { docs: Array<{ id: number }> }).docs[0]!.id
    const save = await fetch(`${app.baseURL}/api/activities`, {
      body: JSON.stringify({ campaign, date: '2026-10-21T04:00:00.000Z', title: '上传之后的保存', type: 'lobby' }),
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      method: 'POST',
    })
    expect(save.status).toBe(201)
    expect(await health()).toBe(200)
    expect(app.log()).not.toMatch(/SQLITE_BUSY_SNAPSHOT/)
  })

  it('a spreadsheet that lies about its size and a template past its memory limit: 413 and 422, in Chinese', { timeout: 120_000 }, async () => {
    const staff = (await login('staff@demo.anxin.cn')).token!
    const compliance = (await login('compliance@demo.anxin.cn')).token!
    const campaign = ((await (await fetch(`${app.baseURL}/api/campaigns?where[slug][equals]=${CAMPAIGN.slug}`, { headers: { Authorization: `JWT ${staff}` } })).json()) as { docs: Array<{ id: number }> }).docs[0]!.id
    const fd = new FormData()
    fd.append('file', new Blob([new Uint8Array(await lyingZip())]), '台账.xlsx')
    const imp = await fetch(`${app.baseURL}/api/activities/import?campaign=${campaign}`, { body: fd, headers: { 'Accept-Language': 'zh-CN', Authorization: `JWT ${staff}` }, method: 'POST' })
    expect(imp.status).toBe(413)
    expect(((await imp.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/解压后的体积超出上限（最多 300 MB/)

    const headers = { 'Accept-Language': 'zh-CN', Authorization: `JWT ${compliance}`, 'Content-Type': 'application/json' }
    const tpl = await fetch(`${app.baseURL}/api/report-templates`, { body: JSON.stringify({ body: '月报\n{% assign s = "反诈" %}\n{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}{{ s }}', language: 'zh', name: '翻倍模板' }), headers, method: 'POST' })
    expect(tpl.status).toBe(201)
    const template = ((await tpl.json()) as { doc: { id: number } }).doc.id
    const gen = await fetch(`${app.baseURL}/api/reports/generate`, { body: JSON.stringify({ campaign, formats: ['html'], month: '2026-10', template }), headers, method: 'POST' })
    expect(gen.status).toBe(422)
    expect(((await gen.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toMatch(/超过 64 MB（第 3 行）/)
  })

  it('killed, it is started again by npm start, which says why; sign-in works after', { timeout: 240_000 }, async () => {
    const servers = execFileSync('pgrep', ['-P', String(app.pid)]).toString().trim().split('\n').filter(Boolean)
    expect(servers.length).toBeGreaterThan(0)
    for (const p of servers) process.kill(Number(p), 'SIGKILL')
    // down, then up again
    let wasDown = false
    const until = Date.now() + 200_000
    while (Date.now() < until) {
      const s = await health()
      if (s !== 200) wasDown = true
      else if (wasDown) break
      await new Promise((r) => setTimeout(r, 500))
    }
    expect(wasDown).toBe(true)
    expect(await health()).toBe(200)
    expect(app.log()).toMatch(/the server stopped: it was killed \(SIGKILL\); starting it again/)
    expect((await login('staff@demo.anxin.cn')).status).toBe(200)
  })
})
