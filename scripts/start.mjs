#!/usr/bin/env node
/**
 * `npm start`: everything a fresh machine needs, in order.
 *  1. a PAYLOAD_SECRET (from the environment, else one generated once into data/.payload-secret);
 *  2. `next build` when there is no build or a source file is newer than it;
 *  3. `next start` on PORT (default 3000); at start-up the server applies the migrations and,
 *     with SEED_DEMO=true (the default here), seeds the demo bank (idempotent: a seeded database
 *     is left alone) — see src/instrumentation.ts.
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
const server = spawn(bin('next'), ['start', '-p', port], { cwd: root, env, stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig))
server.on('exit', (code) => process.exit(code ?? 0))
