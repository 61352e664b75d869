#!/usr/bin/env node
/**
 * `npm start`: everything a fresh machine needs, in order.
 *  1. a PAYLOAD_SECRET (from the environment, else one generated once into data/.payload-secret);
 *  2. `next build` when there is no build or a source file is newer than it;
 *  3. `next start` on PORT (default 3000); at start-up the server applies the migrations and,
 *     with SEED_DEMO=true (the default here), seeds the demo bank (idempotent: a seeded database
 *     is left alone) — see src/instrumentation.ts.
 *  4. supervision: when the server exits (a crash, out of memory, killed) it is started again,
 *     after 1 s, then 2, 4 … up to 60 s while it keeps failing (back to 1 s after 5 minutes up),
 *     and the reason is logged; and when GET /api/health has answered 503 (the database takes
 *     no write) SUPERVISE_HEALTH_FAILURES times in a row, 30 s apart, the server is restarted.
 *     SIGINT/SIGTERM to this process stop the server and end it. (Production: docs/deployment.md
 *     shows the same with systemd and a container restart policy.)
 */
import { spawnSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim(),
  SEED_DEMO: process.env.SEED_DEMO ?? 'true',
}

mkdirSync(path.join(root, 'data'), { recursive: true })
if (!env.PAYLOAD_SECRET) {
  const file = path.join(root, 'data', '.payload-secret')
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  env.PAYLOAD_SECRET = readFileSync(file, 'utf8').trim()
}

const newest = (p) => {
  if (!existsSync(p)) return 0
  const s = statSync(p)
  if (!s.isDirectory()) return s.mtimeMs
  return readdirSync(p).reduce((m, name) => Math.max(m, newest(path.join(p, name))), s.mtimeMs)
}
const buildId = path.join(root, '.next', 'BUILD_ID')
const sources = ['collections', 'src', 'payload.config.ts', 'next.config.mjs', 'package-lock.json', 'tsconfig.json']
const stale = !existsSync(buildId) || sources.some((s) => newest(path.join(root, s)) > statSync(buildId).mtimeMs)

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

if (stale || process.argv.includes('--build')) {
  console.log('[start] building the admin and site (next build)…')
  run(bin('next'), ['build'])
}
const port = process.env.PORT ?? '3000'
env.PORT = port
if (env.SERVER_URL) console.log(`[start] serving on port ${port} as ${env.SERVER_URL} (admin: ${env.SERVER_URL}/admin)`)
else {
  console.log(`[start] serving on http://localhost:${port} (admin: /admin; http://127.0.0.1:${port} works too)`)
  console.log('[start] reached at another address (a host name, https)? set SERVER_URL to it, e.g. SERVER_URL=https://fanzha.example.cn npm start')
}
const healthFailuresAllowed = Number(process.env.SUPERVISE_HEALTH_FAILURES ?? 10)
const log = (msg) => console.error(`[start] ${new Date().toISOString()} ${msg}`)
let server = null
let stopping = false
let backoff = 1000
let healthTimer = null
// since the server (re)started: has it answered once, and how many checks in a row failed since
let seenUp = false
let failures = 0

const watchHealth = () => {
  healthTimer = setInterval(async () => {
    if (!server || stopping) return
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(10_000) })
      .then((r) => r.status === 200)
      .catch(() => null)
    // not listening yet (starting, migrating): not a failure
    if (ok === null && !seenUp) return
    if (ok) {
      seenUp = true
      failures = 0
      return
    }
    failures++
    log(`health check failed (${failures}/${healthFailuresAllowed}): the database takes no write`)
    if (failures >= healthFailuresAllowed) {
      log('restarting the server: it has not taken a write for too long')
      server.kill('SIGTERM')
      const stuck = server
      setTimeout(() => stuck.exitCode === null && stuck.signalCode === null && stuck.kill('SIGKILL'), 15_000).unref()
    }
  }, 30_000)
}

const startServer = () => {
  const startedAt = Date.now()
  seenUp = false
  failures = 0
  let tail = ''
  const child = spawn(bin('next'), ['start', '-p', port], { cwd: root, env, stdio: ['inherit', 'inherit', 'pipe'] })
  server = child
  // the server's errors go on to the terminal; the last of them say why it ended
  child.stderr.on('data', (d) => {
    process.stderr.write(d)
    tail = (tail + d.toString()).slice(-4000)
  })
  child.on('exit', (code, signal) => {
    server = null
    if (stopping) process.exit(code ?? 0)
    const why = /heap out of memory|Allocation failed/i.test(tail)
      ? 'it ran out of memory (JavaScript heap out of memory)'
      : signal
        ? `it was killed (${signal})`
        : `it exited with code ${code}`
    if (Date.now() - startedAt > 5 * 60_000) backoff = 1000
    log(`the server stopped: ${why}; starting it again in ${backoff / 1000} s`)
    setTimeout(startServer, backoff)
    backoff = Math.min(backoff * 2, 60_000)
  })
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopping = true
    clearInterval(healthTimer)
    if (server) server.kill(sig)
    else process.exit(0)
  })
}
startServer()
watchHealth()
