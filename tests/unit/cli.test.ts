/** The operators' commands answer a wrong call with their usage, never a stack trace. */
import { spawnSync } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(__dirname, '../..')
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-ts.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 })

describe('npm run report', () => {
  it('prints its usage for --help (exit 0) and for an unknown option (exit 2)', () => {
    const help = run('scripts/report.ts', '--help')
    expect(help.status).toBe(0)
    expect(help.stdout).toContain('usage: npm run report -- --campaign <slug> --month YYYY-MM')
    const bad = run('scripts/report.ts', '--bogus')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toContain("Unknown option '--bogus'")
    expect(bad.stderr).toContain('usage:')
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  }, 60_000)
})
