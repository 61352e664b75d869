import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import Database from 'libsql'
import { describe, expect, it } from 'vitest'

import { retireFailedConnections, reusePreparedStatements, STATEMENTS_PER_CONNECTION } from '../../src/sqlite/connections'

it('a connection prepares each SQL text once and runs it again with other values, its modes set anew each time', () => {
  reusePreparedStatements()
  const db = new Database(':memory:')
  db.exec('CREATE TABLE t (id integer primary key, a text)')
  const insert = db.prepare('INSERT INTO t (a) VALUES (?)')
  expect(db.prepare('INSERT INTO t (a) VALUES (?)')).toBe(insert)
  insert.run(['x'])
  db.prepare('INSERT INTO t (a) VALUES (?)').run(['y'])
  const select = db.prepare('SELECT a FROM t WHERE id = ?')
  expect(select.raw(true).all([2])).toEqual([['y']])
  expect(db.prepare('SELECT a FROM t WHERE id = ?').raw(false).all([1])).toEqual([{ a: 'x' }])
  // another connection keeps its own
  const other = new Database(':memory:')
  other.exec('CREATE TABLE t (id integer primary key, a text)')
  expect(other.prepare('INSERT INTO t (a) VALUES (?)')).not.toBe(insert)
  // bounded: the oldest unused statement goes first
  for (let i = 0; i < STATEMENTS_PER_CONNECTION; i++) db.prepare(`SELECT ${i}`)
  expect(db.prepare('INSERT INTO t (a) VALUES (?)')).not.toBe(insert)
})

describe('a statement that fails on the shared connection (issue 24: every write answered 500 until restart)', () => {
  // the client alone, as Payload's SQLite adapter holds it: one shared connection, each transaction on one of its own
  const wedge = async (retire: boolean) => {
    reusePreparedStatements()
    const dir = await mkdtemp(path.join(tmpdir(), 'afc-wedge-'))
    const raw = createClient({ url: `file:${path.join(dir, 'w.db')}` })
    const client = retire ? retireFailedConnections(raw) : raw
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('CREATE TABLE stats (id integer primary key, v text)')
    // an upload's transaction holds the write lock…
    const upload = await client.transaction('write')
    await upload.execute("INSERT INTO stats (v) VALUES ('upload')")
    // …when the schedule's write, outside any transaction, is refused it (drizzle inserts with RETURNING)
    await expect(client.execute({ args: ['tick'], sql: 'INSERT INTO stats (id, v) VALUES (NULL, ?) RETURNING id' })).rejects.toMatchObject({ code: 'SQLITE_BUSY' })
    // the next read on the shared connection…
    await client.execute('SELECT count(*) FROM stats')
    await upload.commit()
    // …and from now on, every transaction and write
    const next = await client.transaction('write').then(
      async (tx) => {
        await tx.execute("INSERT INTO stats (v) VALUES ('sign-in')")
        await tx.commit()
        return 'ok'
      },
      (e: { code?: string }) => e.code,
    )
    const write = await client.execute("INSERT INTO stats (v) VALUES ('save')").then(() => 'ok', (e: { code?: string }) => e.code)
    client.close()
    await rm(dir, { force: true, recursive: true })
    return { next, write }
  }

  it('wedges a bare client: BEGIN IMMEDIATE and writes fail with SQLITE_BUSY_SNAPSHOT (the cause, kept as proof)', async () => {
    expect(await wedge(false)).toEqual({ next: 'SQLITE_BUSY_SNAPSHOT', write: 'SQLITE_BUSY_SNAPSHOT' })
  })

  it('with the product’s discipline the failed connection is retired and the next transaction and write work', async () => {
    expect(await wedge(true)).toEqual({ next: 'ok', write: 'ok' })
  })
})
