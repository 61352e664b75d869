import type { TaskConfig } from 'payload'

import { runImport } from '../import/run'

/** A large import, run outside the request that queued it. All or nothing, like the inline one. */
export const ImportActivitiesTask: TaskConfig<'importActivities'> = {
  handler: async ({ input, req }) => {
    const batch = await runImport(req.payload, input.batch)
    return { output: { created: batch.counts?.created ?? 0 } }
  },
  inputSchema: [{ name: 'batch', required: true, type: 'text' }],
  label: 'Import activity records',
  outputSchema: [{ name: 'created', type: 'number' }],
  // an import fails for a reason a retry does not fix (a row refused); the uploader checks and commits again
  retries: 0,
  slug: 'importActivities',
}
