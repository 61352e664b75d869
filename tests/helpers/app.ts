import { type ChildProcess, spawn } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, expect } from 'vitest'

const root = path.resolve(__dirname, '../..')

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number }
      s.close(() => resolve(port))
    })
    s.on('error', reject)
  })

export type App = {
  baseURL: string
  /** The app's folder: its database and media. */
  dir: string
  /** What npm start and the server printed so far. */
  log: () => string
  /** The pid of `npm start` (scripts/start.mjs, the supervisor); the server is its child. */
  pid: number
  stop: () => Promise<void>
}

/**
 * The product as `npm start` runs it (build if stale, migrations, seed,
 * next start), on a free port with its own database and media folder;
 * `{ serverURL: false }` leaves SERVER_URL unset, as a first start would.
 */
export const startApp = async (opts: { env?: Record<string, string>; serverURL?: boolean } = {}): Promise<App> => {
  const dir = await mkdtemp(path.join(tmpdir(), 'afc-e2e-'))
  const port = await freePort()
  const baseURL = `http://localhost:${port}`
  const child: ChildProcess = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    detached: true,
    env: {
      ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'SERVER_URL')),
      DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
      MEDIA_DIR: path.join(dir, 'media'),
      NODE_ENV: 'production',
      PORT: String(port),
      ...(opts.serverURL === false ? {} : { SERVER_URL: baseURL }),
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (d) => (log += String(d)))
  child.stderr?.on('data', (d) => (log += String(d)))
  const stop = async () => {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        /* already gone */
      }
    }
    await rm(dir, { force: true, recursive: true })
  }
  const deadline = Date.now() + 240_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}):\n${log.slice(-4000)}`)
    try {
      const res = await fetch(`${baseURL}/api/users/me`)
      if (res.status < 500) return { baseURL, dir, log: () => log, pid: child.pid!, stop }
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  await stop()
  throw new Error(`the app did not start in time:\n${log.slice(-4000)}`)
}

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
  })

export type Session = {
  app: App
  browser: Browser
  /** Requests the pages made to any host but the app's (there must be none: nothing is fetched from outside). */
  outside: string[]
  page: Page
  /** Another page in a context of its own (its own sign-in), at the given viewport, guarded like the first. */
  newPage: (viewport: { height: number; width: number }) => Promise<Page>
  shot: (name: string) => Promise<unknown>
}

export const DESKTOP = { height: 900, width: 1440 }
export const PHONE = { height: 844, width: 390 }

/**
 * For a browser test file: the app started as `npm start` runs it — on a
 * free port that is not 3000, with only PORT set (the server URL derived
 * from it) — Chromium, and a Chinese-locale page at the given viewport, set
 * up before the tests and closed after them. Every test fails if a page
 * asked a host other than the app's. Screenshots go to artifacts/e2e/.
 */
export const browserSession = (
  opts: {
    /** Services the app is to use (a database server, a bucket), started before it: their settings, and how to stop them after it. */
    services?: () => Promise<{ env: Record<string, string>; stop: () => Promise<void> }>
    viewport?: { height: number; width: number }
  } = {},
): Session => {
  const artifacts = path.resolve(root, 'artifacts/e2e')
  const s = { outside: [] } as unknown as Session
  let stopServices: (() => Promise<void>) | undefined
  // a Chinese-locale page at a viewport, its requests to other hosts recorded
  s.newPage = async (viewport) => {
    const context = await s.browser.newContext({ locale: 'zh-CN', viewport })
    const own = new URL(s.app.baseURL).host
    context.on('request', (r) => {
      const url = new URL(r.url())
      if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:' || url.protocol === 'wss:') && url.host !== own) s.outside.push(r.url())
    })
    return context.newPage()
  }
  beforeAll(async () => {
    await mkdir(artifacts, { recursive: true })
    const services = await opts.services?.()
    stopServices = services?.stop
    s.app = await startApp({ env: services?.env, serverURL: false })
    s.browser = await launchBrowser()
    const viewport = opts.viewport ?? DESKTOP
    s.page = await s.newPage(viewport)
    const tag = viewport.width < 600 ? 'phone' : 'desktop'
    s.shot = (name: string) => s.page.screenshot({ fullPage: true, path: path.join(artifacts, `${name}-${tag}.png`) })
  })
  afterEach(() => {
    expect(s.outside, 'requests to hosts other than the app').toEqual([])
  })
  afterAll(async () => {
    await s.browser?.close()
    await s.app?.stop()
    await stopServices?.()
  })
  return s
}
