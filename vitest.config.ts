import { defineConfig } from 'vitest/config'

/**
 * unit: pure domain functions, no database. int: Payload's Local API on a
 * temporary SQLite file. http: the REST API over a node:http server wrapping
 * Payload's own router. e2e: the built app in Debian's Chromium.
 */
export default defineConfig({
  test: {
    // each test file is a fresh process that would transform the same ~180 source modules again: cache the transforms on disk (about a tenth off a suite here)
    experimental: { fsModuleCache: true },
    env: { LOG_LEVEL: 'warn', NODE_ENV: 'test' },
    pool: 'forks',
    projects: [
      { extends: true, test: { include: ['tests/unit/**/*.test.ts'], name: 'unit' } },
      { extends: true, test: { hookTimeout: 60_000, include: ['tests/int/**/*.test.ts'], name: 'int', setupFiles: ['tests/helpers/isolate.ts'], testTimeout: 30_000 } },
      { extends: true, test: { hookTimeout: 60_000, include: ['tests/http/**/*.test.ts'], name: 'http', setupFiles: ['tests/helpers/isolate.ts'], testTimeout: 30_000 } },
      {
        extends: true,
        test: {
          fileParallelism: false,
          hookTimeout: 300_000,
          include: ['tests/e2e/**/*.test.ts'],
          name: 'e2e',
          testTimeout: 120_000,
        },
      },
    ],
  },
})
