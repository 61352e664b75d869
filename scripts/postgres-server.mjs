/**
 * A throwaway PostgreSQL server for tests, benchmarks and `migrate:create`:
 * Debian's binaries (found through PG_BINDIR, `pg_config --bindir` or
 * /usr/lib/postgresql/<newest>/bin), a cluster in a temporary folder, a free
 * port on 127.0.0.1, trust authentication for the `postgres` role, durability
 * off (fsync, synchronous commit: the data dies with the folder anyway).
 * initdb refuses to run as root: when this process is root, the cluster is
 * made and served as the `postgres` system user (or `nobody`).
 *
 *   const pg = await startPostgres()
 *   const url = await pg.createDatabase('afc_test')  // postgres://postgres@127.0.0.1:<port>/afc_test
 *   await pg.stop()                                  // server gone, folder removed
 *
 * As a command (`node scripts/postgres-server.mjs`): starts one, prints its
 * address and keeps it until Ctrl-C.
 */
import { execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import pg from 'pg'

const quiet = { stdio: ['ignore', 'pipe', 'pipe'] }

/** The folder with initdb and postgres, or an error saying how to get them. */
export const postgresBinDir = () => {
  const candidates = []
  if (process.env.PG_BINDIR) candidates.push(process.env.PG_BINDIR)
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', ...quiet }).trim())
  } catch {
    // no pg_config: look where Debian puts the server
  }
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    for (const v of readdirSync(debian).sort((a, b) => Number(b) - Number(a))) candidates.push(path.join(debian, v, 'bin'))
  }
  const found = candidates.find((d) => existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'postgres')))
  if (!found) throw new Error('PostgreSQL server binaries not found (initdb, postgres): install them with `apt-get install -y postgresql`, or set PG_BINDIR')
  return found
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })

/** uid/gid to run the server as: ourselves, or an unprivileged user when we are root. */
const runAs = () => {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {}
  for (const user of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8', ...quiet }).trim())
      const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8', ...quiet }).trim())
      return { gid, uid }
    } catch {
      // no such user: try the next
    }
  }
  throw new Error('running as root and neither a `postgres` nor a `nobody` user exists to run PostgreSQL as')
}

const chownTree = (dir, { gid, uid }) => {
  chownSync(dir, uid, gid)
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) chownTree(p, { gid, uid })
    else chownSync(p, uid, gid)
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

export const startPostgres = async ({ maxConnections = 300 } = {}) => {
  const bin = postgresBinDir()
  const user = runAs()
  const dir = mkdtempSync(path.join(tmpdir(), 'afc-pg-'))
  const data = path.join(dir, 'data')
  if (user.uid !== undefined) chownTree(dir, user)
  const as = user.uid !== undefined ? { gid: user.gid, uid: user.uid } : {}
  try {
    execFileSync(path.join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync'], { ...quiet, ...as })
  } catch (e) {
    rmSync(dir, { force: true, recursive: true })
    throw new Error(`initdb failed: ${e.stderr?.toString() || e.message}`)
  }
  const port = await freePort()
  const args = ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1', '-c', `max_connections=${maxConnections}`]
  for (const setting of ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'log_min_messages=fatal']) args.push('-c', setting)
  const server = spawn(path.join(bin, 'postgres'), args, { ...as, stdio: ['ignore', 'ignore', 'pipe'] })
  let log = ''
  server.stderr.on('data', (d) => {
    log = (log + d.toString()).slice(-4000)
  })
  const base = `postgres://postgres@127.0.0.1:${port}`
  const admin = async (fn) => {
    const client = new pg.Client({ connectionString: `${base}/postgres` })
    await client.connect()
    try {
      return await fn(client)
    } finally {
      await client.end()
    }
  }
  for (let i = 0; ; i++) {
    if (server.exitCode !== null) throw new Error(`postgres exited (${server.exitCode}): ${log}`)
    try {
      await admin(async (c) => c.query('SELECT 1'))
      break
    } catch (e) {
      if (i > 150) {
        server.kill('SIGKILL')
        throw new Error(`postgres did not answer on port ${port} within 15 s: ${e.message}\n${log}`)
      }
      await sleep(100)
    }
  }
  let stopped = false
  const stop = async () => {
    if (stopped) return
    stopped = true
    if (server.exitCode === null) {
      const exited = new Promise((r) => server.once('exit', r))
      server.kill('SIGINT') // fast shutdown: open connections are ended
      await Promise.race([exited, sleep(10_000)])
      if (server.exitCode === null) server.kill('SIGKILL')
    }
    rmSync(dir, { force: true, recursive: true })
  }
  return {
    /** A new empty database; returns its URL. */
    createDatabase: async (name) => {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a plain database name: ${name}`)
      await admin((c) => c.query(`CREATE DATABASE "${name}"`))
      return `${base}/${name}`
    },
    dropDatabase: async (name) => {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))
    },
    /** The number the query's first row holds in `n` (on the `postgres` database). */
    count: async (text) => Number((await admin((c) => c.query(text))).rows[0]?.n ?? 0),
    port,
    stop,
    /** The server's address without a database (append /<name>). */
    url: base,
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startPostgres()
  const url = await server.createDatabase('campaigns')
  console.log(`PostgreSQL ready: DATABASE_URL=${url}  (Ctrl-C stops it and removes its data)`)
  const end = async () => {
    await server.stop()
    process.exit(0)
  }
  process.on('SIGINT', end)
  process.on('SIGTERM', end)
}
