import type { JobsConfig } from 'payload'

import { hasRole } from '../access/roles'
import { env } from '../env'
import { FlagDigestTask } from './flagDigest'
import { ImportActivitiesTask } from './importActivities'
import { MonthlyReportsTask } from '../reports/monthly'
import { RemindBranchesTask } from './reminders'
import { MAIL_QUEUE, SendMailTask } from '../mail/send'

const admin = hasRole('admin')
const building = () => process.env.NEXT_PHASE === 'phase-production-build'
/**
 * Payload's cron runs the queues only in a process of its own (JOBS=on): a web
 * instance started with JOBS=off leaves every job to `npm run worker`, which
 * runs them in its own loop (JOBS=worker, scripts/worker.ts).
 */
const ownCron = env.JOBS === 'on'
/** Every minute; JOBS_CRON makes it tick more often (load tests force ticks into their run). */
const tick = env.JOBS_CRON ?? '* * * * *'

/** Every queue the product uses; the worker runs them all. */
export const QUEUES = ['imports', 'scheduled', MAIL_QUEUE, 'default'] as const

/**
 * Background work: large imports (queue `imports`, started at once and
 * swept every minute), the scheduled reminders and digests (queue
 * `scheduled`) and scheduled publishing of materials (queue `default`), and the mail outbox (queue `mail`). Tests run jobs themselves, so no cron runs under NODE_ENV=test.
 * One process (the default) runs them on its own cron; with several web
 * instances, each is started with JOBS=off and `npm run worker` runs them.
 */
export const jobs: JobsConfig = {
  access: { cancel: ({ req }) => admin({ req }) as boolean, queue: ({ req }) => admin({ req }) as boolean, run: ({ req }) => admin({ req }) as boolean },
  autoRun:
    (process.env.NODE_ENV === 'test' && !env.JOBS_CRON) || !ownCron
      ? []
      : [
          { cron: tick, queue: 'imports' },
          { cron: tick, queue: 'scheduled' },
          // the outbox: mails written by committed changes
          { cron: tick, queue: MAIL_QUEUE },
          // Payload's scheduled publish/unpublish of materials queues on `default`
          { cron: tick, queue: 'default' },
        ],
  shouldAutoRun: () => !building() && ownCron,
  tasks: [ImportActivitiesTask, RemindBranchesTask, FlagDigestTask, MonthlyReportsTask, SendMailTask],
}
