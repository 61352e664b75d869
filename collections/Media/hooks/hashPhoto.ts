import type { CollectionBeforeChangeHook } from 'payload'

import { isPhash, phashBands } from '../../../src/domain/phash'
import { imagePhash } from '../../../src/media/phash'
import type { Media } from '../../../src/payload-types'

/** The hash and its bands, or all empty when the file is not a photo. */
export const hashFields = (phash: string | null): Record<string, string | null> => {
  const bands = isPhash(phash) ? phashBands(phash) : []
  return Object.fromEntries([['phash', isPhash(phash) ? phash : null], ...[0, 1, 2, 3, 4, 5].map((i) => [`phashBand${i}`, bands[i] ?? null])])
}

/** Each uploaded photo gets its perceptual hash, so the same photo reused as evidence elsewhere is found. */
export const hashPhoto: CollectionBeforeChangeHook<Media> = async ({ data, req }) => {
  const file = req.file
  if (file?.data && typeof file.mimetype === 'string') {
    Object.assign(data, hashFields(file.mimetype.startsWith('image/') ? await imagePhash(file.data) : null))
  }
  return data
}
