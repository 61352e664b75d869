/**
 * `node scripts/run-ts.mjs scripts/safe-rebuilds.ts <migration.ts>…`: rewrites
 * drizzle-kit's table rebuilds in the given migrations into `rebuildTable`
 * calls (see src/sqlite/safeRebuilds.ts). `npm run migrate:create` runs it on
 * the file it writes.
 */
import { readFileSync, writeFileSync } from 'node:fs'

import { safeRebuilds } from '../src/sqlite/safeRebuilds'

for (const file of process.argv.slice(2)) {
  const before = readFileSync(file, 'utf8')
  const after = safeRebuilds(before)
  if (after !== before) {
    writeFileSync(file, after)
    console.log(`${file}: table rebuilds now keep the rows of the tables that refer to them`)
  }
}
