import type { CollectionBeforeChangeHook } from 'payload'

import { userBranchId } from '../../../src/access/branchScope'
import { roleOf } from '../../../src/access/roles'
import type { Media } from '../../../src/payload-types'

/** A file uploaded by branch staff belongs to their branch: that decides who may see it. */
export const stampUploader: CollectionBeforeChangeHook<Media> = ({ data, operation, originalDoc, req }) => {
  if (operation !== 'create' || !req.user) {
    // a branch's file (evidence) is never made public
    if (data.branch ?? originalDoc?.branch) data.public = false
    return data
  }
  data.uploadedBy = req.user.id as Media['uploadedBy']
  const role = roleOf(req.user)
  if (role === 'manager' || role === 'staff') data.branch = userBranchId(req.user) as Media['branch']
  // branch evidence is never public
  if (role !== 'editor' && role !== 'admin') data.public = false
  return data
}
