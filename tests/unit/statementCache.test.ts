import Database from 'libsql'
import { expect, it } from 'vitest'

import { reusePreparedStatements, STATEMENTS_PER_CONNECTION } from '../../src/sqlite/statementCache'

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
