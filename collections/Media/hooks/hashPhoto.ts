import type { CollectionBeforeChangeHook } from 'payload'

import { imagePhash } from '../../../src/media/phash'
import type { Media } from '../../../src/payload-types'

/** Each uploaded photo gets its perceptual hash, so the same photo reused as evidence elsewhere is found. */
export const hashPhoto: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  if (file?.data && typeof file.mimetype === 'string' && file.mimetype.startsWith('image/')) {
    data.phash = await imagePhash(file.data)
  }
  return data
}
