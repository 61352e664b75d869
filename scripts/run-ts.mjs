#!/usr/bin/env node
/**
 * `node scripts/run-ts.mjs <file.ts> [args]`: runs a TypeScript script that
 * loads the Payload config outside Next (seed, migrate, generate, bench).
 *
 * On Node 20, importing @payloadcms/richtext-lexical sometimes ends the
 * process with exit code 13 ("unsettled top-level await") before any of the
 * script's own code has run — about one run in four here, a loader race
 * fixed in later Node versions. Each of these scripts is idempotent, so an
 * exit with 13 is simply tried again (up to 5 times); any other exit code is
 * passed on.
 */
import { spawnSync } from 'node:child_process'

const [file, ...args] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args]')
  process.exit(2)
}
for (let attempt = 1; attempt <= 5; attempt++) {
  const res = spawnSync(process.execPath, ['--no-deprecation', '--import', 'tsx', file, ...args], { stdio: 'inherit' })
  if (res.status !== 13) process.exit(res.status ?? 1)
  console.error(`(${file}: Node exited with 13 while loading modules; trying again, ${attempt}/5)`)
}
process.exit(13)
