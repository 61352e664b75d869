import type { CollectionConfig } from 'payload'

import { bulkAnswersIds, bulkAtDepthZero } from './boundBulkAnswers'
import { rejectMalformedIds } from './rejectMalformedIds'
import { rejectNulCharacters } from './rejectNulCharacters'

/**
 * What every collection's requests share, added once when the config is
 * assembled: NUL characters and malformed id filters refused, bulk changes answered with ids.
 */
export const guardQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterOperation: [...(collection.hooks?.afterOperation ?? []), bulkAnswersIds],
    beforeOperation: [rejectNulCharacters, rejectMalformedIds, bulkAtDepthZero, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
