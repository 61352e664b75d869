import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeDeleteHook } from 'payload'

import { systemRead } from '../../../src/lookups'
import type { Media } from '../../../src/payload-types'
import { nearPhotos, recheckAround } from '../../../src/workflow/duplicatePhotos'

/** A new file under the same media changes its hash: records near the old or the new picture are checked again. */
export const recheckDuplicatesAfterNewFile: CollectionAfterChangeHook<Media> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || previousDoc?.phash === doc.phash) return doc
  const near = await nearPhotos(req, [String(doc.id)], previousDoc?.phash ? [previousDoc.phash] : [])
  await recheckAround(req, near)
  return doc
}

const USERS_KEY = 'mediaUsersBeforeDelete'

/** The records that showed a photo lose it with the file; remembered before, checked after. */
export const rememberPhotoUsers: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const users = await req.payload.find({ collection: 'activities', ...systemRead, req, select: { status: true }, where: { photos: { equals: id } } })
  const near = await nearPhotos(req, [String(id)])
  req.context = { ...req.context, [`${USERS_KEY}:${id}`]: { near: near.filter((m) => m !== String(id)), users: users.docs.map((d) => d.id) } }
}

export const recheckDuplicatesAfterDelete: CollectionAfterDeleteHook<Media> = async ({ id, req }) => {
  const remembered = req.context?.[`${USERS_KEY}:${id}`] as { near: string[]; users: Array<number | string> } | undefined
  if (remembered) await recheckAround(req, remembered.near, undefined, remembered.users)
}
