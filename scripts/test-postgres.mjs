#!/usr/bin/env node
/**
 * `npm run test:postgres [-- vitest args]`: every int and http test against
 * PostgreSQL. Starts a throwaway server (scripts/postgres-server.mjs), gives
 * each test file a database of its own (tests/helpers/isolate.ts), runs
 * vitest, stops the server and removes its data whatever the outcome.
 */
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { startPostgres } from './postgres-server.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const server = await startPostgres()
console.log(`[test:postgres] PostgreSQL on ${server.url}`)
const args = process.argv.slice(2)
const projects = args.some((a) => a.startsWith('--project')) ? [] : ['--project', 'int', '--project', 'http']
const child = spawn(path.join(root, 'node_modules', '.bin', 'vitest'), ['run', ...projects, ...args], {
  cwd: root,
  env: { ...process.env, AFC_TEST_POSTGRES: server.url },
  stdio: 'inherit',
})
const stop = () => child.kill('SIGINT')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
const code = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)))
try {
  // proof that the files ran here and not on SQLite: each made a database of its own
  const made = await server.count(`SELECT count(*) AS n FROM pg_database WHERE datname LIKE 'afc\\_%'`)
  console.log(`[test:postgres] ${made} test databases were used on ${server.url}`)
} catch {
  // the server is gone: the exit code says what happened
}
await server.stop()
process.exit(code)
