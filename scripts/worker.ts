/**
 * `npm run worker`: the jobs queue in a process of its own, for deployments
 * with several web instances (each started with JOBS=off, so that none of
 * them runs a job). Runs every queue the product uses — large imports,
 * scheduled reminders, digests and monthly reports, the mail outbox,
 * scheduled publishing — every WORKER_POLL_SECONDS (default 5), and queues
 * the scheduled tasks when their cron is due. SIGTERM/SIGINT: the run in
 * progress finishes, then the process ends (a job cut off by a kill is run
 * again at the next start: see releaseInterruptedJobs).
 */
import { getPayload } from 'payload'
import { z } from 'zod'

// before the config is read: this process runs the queues in the loop below, not on Payload's cron
process.env.JOBS = 'worker'
const { default: config } = await import('../payload.config')
const { QUEUES } = await import('../src/jobs')

const poll = z.coerce.number().int().min(1).max(3600).default(5).safeParse(process.env.WORKER_POLL_SECONDS || undefined)
if (!poll.success) {
  console.error(`WORKER_POLL_SECONDS: ${poll.error.issues[0]?.message ?? 'invalid'} (whole seconds, 1–3600)`)
  process.exit(1)
}
const payload = await getPayload({ config })
let stopping = false
let wake: () => void = () => {}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    stopping = true
    wake()
  })
}
console.log(`worker: running queues ${QUEUES.join(', ')} every ${poll.data} s`)
while (!stopping) {
  try {
    await payload.jobs.handleSchedules({ allQueues: true })
    for (const queue of QUEUES) {
      if (stopping) break
      // a queue is drained before the next one: a large import is one job, mails are many small ones
      for (;;) {
        const r = (await payload.jobs.run({ limit: 10, queue })) as { noJobsRemaining?: boolean; jobStatus?: Record<string, unknown> }
        if (stopping || r.noJobsRemaining || Object.keys(r.jobStatus ?? {}).length === 0) break
      }
    }
  } catch (err) {
    payload.logger.error({ err }, 'worker: a run failed; trying again at the next poll')
  }
  if (stopping) break
  await new Promise<void>((resolve) => {
    const t = setTimeout(resolve, poll.data * 1000)
    wake = () => {
      clearTimeout(t)
      resolve()
    }
  })
}
console.log('worker: stopped')
await payload.destroy()
process.exit(0)
