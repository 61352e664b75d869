import type { CollectionConfig } from 'payload'

import { bulkAnswersIds, bulkAtDepthZero } from './boundBulkAnswers'
import { rejectMalformedIds, rejectMalformedValues, rejectNonObjectData } from './rejectMalformedIds'
import { rejectNulCharacters } from './rejectNulCharacters'

/**
 * What every collection's requests share, added once when the config is
 * assembled: bodies that are no object of fields, NUL characters, and filters with malformed ids, numbers
 * or dates refused (400, not a database error); bulk changes answered with ids.
 */
export const guardQueries = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterOperation: [...(collection.hooks?.afterOperation ?? []), bulkAnswersIds],
    beforeOperation: [rejectNonObjectData, rejectNulCharacters, rejectMalformedIds, rejectMalformedValues, bulkAtDepthZero, ...(collection.hooks?.beforeOperation ?? [])],
  },
})
