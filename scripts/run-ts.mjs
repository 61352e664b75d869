#!/usr/bin/env node
/**
 * `node scripts/run-ts.mjs <file.ts> [args]`: runs a TypeScript script that
 * loads the Payload config outside Next (seed, migrate, generate, bench).
 *
 * Lexical's packages resolve, under Node's default `node` export condition,
 * to small wrappers that pick their dev or prod build with a top-level
 * `await import()`. On Node 20 several of those importing one another race
 * in the loader, and the process ends silently with exit code 13
 * ("unsettled top-level await") — one run in two or three here. Resolving
 * with the `production` condition loads the prod builds directly, without the
 * wrappers. Should 13 still happen, the script (each is idempotent) is tried
 * again, up to 5 times; any other exit code is passed on.
 */
import { spawnSync } from 'node:child_process'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args]')
  process.exit(2)
}
for (let attempt = 1; attempt <= 5; attempt++) {
  const res = spawnSync(process.execPath, ['--no-deprecation', '--conditions=production', '--import', 'tsx', file, ...args], { stdio: 'inherit' })
  if (res.status !== 13) process.exit(res.status ?? 1)
  console.error(`(${file}: Node exited with 13 while loading modules; trying again, ${attempt}/5)`)
}
process.exit(13)
