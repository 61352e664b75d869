import type { CollectionConfig } from 'payload'

import { rejectMalformedIds } from './rejectMalformedIds'

/** Checks every collection's incoming queries share, added once when the config is assembled. */
export const guardQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [rejectMalformedIds, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
