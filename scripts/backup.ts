/**
 * `npm run backup -- --out <dir>`: a consistent snapshot of the SQLite
 * database (taken while the server keeps serving), the uploads it refers to,
 * and a manifest with counts, totals and checksums. See src/ops/backup.ts.
 * `npm run restore -- <dir> [--force]` puts one back.
 */
import { parseArgs } from 'node:util'

import { env } from '../src/env'
import { backup, BackupError, restore } from '../src/ops/backup'

const usage = `usage:
  npm run backup -- --out <empty folder>
  npm run restore -- <backup folder> [--force]   (stop the server first; --force replaces a database that holds data)`

const fail = (message: string, code = 1): never => {
  console.error(message)
  process.exit(code)
}

const main = async () => {
  const [command, ...rest] = process.argv.slice(2)
  let parsed
  try {
    parsed = parseArgs({ allowPositionals: true, args: rest, options: { force: { type: 'boolean' }, help: { type: 'boolean' }, out: { type: 'string' } } })
  } catch (e) {
    return fail(`${(e as Error).message}\n${usage}`, 2)
  }
  const { positionals, values } = parsed
  if (values.help) return console.log(usage)
  if (env.database.kind === 'postgres') {
    return fail('backup/restore here is for the embedded SQLite database; back PostgreSQL up with pg_dump -Fc (restore with pg_restore), or the managed service\'s snapshots, and copy MEDIA_DIR (see docs/deployment.md).', 2)
  }
  if (env.database.kind !== 'sqlite') return fail('backup/restore here is for the embedded SQLite database; back MongoDB up with mongodump/mongorestore and copy MEDIA_DIR.', 2)
  if (env.storage.kind === 's3') {
    return fail(`uploads are in the bucket s3://${env.storage.bucket}/${env.storage.prefix}, which this backup (a copy of MEDIA_DIR) cannot hold: turn on the bucket's versioning or replication, or copy it with the store's own tool, and back the database up with pg_dump or a copy of the SQLite file taken by this command without S3_BUCKET set (see docs/deployment.md).`, 2)
  }
  const dbFile = env.database.url.slice('file:'.length)
  try {
    if (command === 'backup') {
      if (!values.out) return fail(`--out <folder> is required\n${usage}`, 2)
      const m = await backup({ dbFile, mediaDir: env.mediaDir, out: values.out })
      console.log(`Backup written to ${values.out}: ${Object.values(m.tables).reduce((a, b) => a + b, 0)} rows in ${Object.keys(m.tables).length} tables, ${m.files.length} files. Totals: ${JSON.stringify(m.totals)}`)
    } else if (command === 'restore') {
      const dir = positionals[0] ?? fail(`the backup folder is required\n${usage}`, 2)
      const m = await restore({ dbFile, dir, force: values.force === true, mediaDir: env.mediaDir })
      console.log(`Restored ${dir} (taken ${m.createdAt}) into ${dbFile} and ${env.mediaDir}: counts and totals checked against the manifest.`)
    } else {
      return fail(usage, 2)
    }
  } catch (e) {
    if (e instanceof BackupError) return fail(e.message)
    throw e
  }
}

await main()
process.exit(0)
