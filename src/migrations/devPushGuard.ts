import type { DatabaseAdapterObj } from 'payload'

/** What an operator reads when start-up finds a database a development schema push changed. */
export const DEV_PUSH_REFUSAL =
  '[db] This database was changed by a development schema push (a "dev" row, batch -1, in payload_migrations), ' +
  'so applying the migrations could lose data, and start-up will not wait for an answer without a terminal. Fix: ' +
  'restore the backup taken before the push (npm run restore), or, if its schema is known to match, run `npm run migrate` ' +
  'in a terminal and confirm. 数据库曾被开发模式直接修改结构（payload_migrations 中有 dev 记录），启动时不会自动迁移或等待确认：' +
  '请恢复修改前的备份（npm run restore），或在终端中运行 npm run migrate 并确认。'

type Migrating = { migrate: (args?: { migrations?: unknown[] }) => Promise<void>; payload: { find: (args: object) => Promise<{ docs: unknown[] }> } }

/**
 * Payload's SQL migrate asks "data loss will occur, proceed? (y/N)" when the
 * migrations table holds a dev-push row, and waits for a terminal — under
 * `npm start` (no TTY) the server then served nothing. Without a TTY the
 * start now fails at once with the message above; with one, Payload asks.
 */
export const refuseDevPushWithoutTerminal = (init: DatabaseAdapterObj['init']): DatabaseAdapterObj['init'] => (args) => {
  const adapter = init(args) as unknown as Migrating
  const migrate = adapter.migrate.bind(adapter)
  adapter.migrate = async (options) => {
    if (!process.stdin.isTTY) {
      const devRows = await adapter.payload.find({ collection: 'payload-migrations', depth: 0, limit: 1, where: { batch: { equals: -1 } } }).then(
        (r) => r.docs.length,
        () => 0, // no migrations table yet: a new database
      )
      if (devRows > 0) throw new Error(DEV_PUSH_REFUSAL)
    }
    return migrate(options)
  }
  return adapter as unknown as ReturnType<DatabaseAdapterObj['init']>
}
