import type { CollectionConfig, Field } from 'payload'

import { fieldHasRole, isAdminField, isSignedIn } from '../../src/access/roles'
import { PHASH_BAND_WIDTHS } from '../../src/domain/phash'
import { noSniff } from '../../src/http'
import { diskDir, storageFields } from '../../src/storage'
import { changeMedia, readMedia } from './access'
import { checkFileContent } from './hooks/checkFileContent'
import { hashPhoto } from './hooks/hashPhoto'
import { forgetWrittenFiles, refuseDeletingEvidence, refuseRewritingEvidence, rememberWrittenFiles, removeUnsavedFiles } from './hooks/protectEvidenceFiles'
import { recheckDuplicatesAfterDelete, recheckDuplicatesAfterNewFile, rememberPhotoUsers } from './hooks/recheckDuplicates'
import { stampUploader } from './hooks/stampUploader'

const fieldEditors = fieldHasRole('admin', 'editor')

/** Images and PDFs only. Payload checks the bytes (file-type), not the name, against this list. */
export const MEDIA_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf']

/** Larger images are refused before sharp decodes them (a "pixel flood" would exhaust memory). */
export const MAX_INPUT_PIXELS = 60_000_000

export const Media: CollectionConfig = {
  slug: 'media',
  // what a list's thumbnail needs (a record carries its evidence photos); not who uploaded it, its branch or its fingerprint.
  // The public site asks for every size of a cover (src/site/materials.ts, MEDIA_FOR_PAGES).
  defaultPopulate: { alt: true, filename: true, filesize: true, height: true, mimeType: true, sizes: { thumbnail: true }, thumbnailURL: true, url: true, width: true },
  access: { create: isSignedIn, delete: changeMedia, read: readMedia, update: changeMedia },
  admin: {
    defaultColumns: ['filename', 'alt', 'branch', 'uploadedBy', 'createdAt'],
    group: { en: 'Materials', zh: '宣传物料' },
    useAsTitle: 'filename',
  },
  fields: [
    { name: 'alt', label: { en: 'Description (alt text)', zh: '图片说明' }, type: 'text' },
    {
      name: 'branch',
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: false },
      index: true,
      label: { en: 'Branch', zh: '所属机构' },
      relationTo: 'branches',
      type: 'relationship',
    },
    {
      name: 'public',
      access: { create: fieldEditors, update: fieldEditors },
      admin: {
        description: { en: 'Anyone may download it (the public site shows it). Never for evidence photos.', zh: '任何人可下载（公开网站展示）。活动佐证照片不可公开。' },
        position: 'sidebar',
      },
      // what editors upload is for the public site by default
      defaultValue: ({ user }: { user?: unknown }) => {
        const role = (user as { role?: string } | null)?.role
        return role === 'editor' || role === 'admin'
      },
      index: true,
      label: { en: 'Public', zh: '公开' },
      type: 'checkbox',
    },
    {
      name: 'phash',
      access: { create: () => false, update: () => false },
      admin: { disableListColumn: true, disableListFilter: true, hidden: true },
      index: true,
      type: 'text',
    },
    // the hash's six bands, each indexed: near-identical photos are found by equal bands (src/domain/phash.ts)
    ...PHASH_BAND_WIDTHS.map(
      (_, i): Field => ({ name: `phashBand${i}`, access: { create: () => false, update: () => false }, admin: { disableListColumn: true, disableListFilter: true, hidden: true }, index: true, type: 'text' }),
    ),
    {
      name: 'uploadedBy',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Uploaded by', zh: '上传人' },
      relationTo: 'users',
      type: 'relationship',
    },
    ...storageFields,
  ],
  hooks: {
    afterChange: [forgetWrittenFiles, recheckDuplicatesAfterNewFile],
    afterDelete: [recheckDuplicatesAfterDelete],
    afterError: [removeUnsavedFiles],
    // files are already written when beforeChange runs: remember them first, so that any later refusal removes them
    beforeChange: [rememberWrittenFiles, stampUploader, hashPhoto],
    beforeDelete: [refuseDeletingEvidence, rememberPhotoUsers],
    // before Payload touches a file: the content check, and the refusal to rewrite evidence
    beforeOperation: [checkFileContent(MAX_INPUT_PIXELS), refuseRewritingEvidence],
  },
  labels: { plural: { en: 'Media', zh: '图片与文件' }, singular: { en: 'File', zh: '文件' } },
  upload: {
    // Re-encoding every image through sharp strips EXIF (GPS position, device) as a side effect.
    constructorOptions: { limitInputPixels: MAX_INPUT_PIXELS },
    imageSizes: [
      { height: 240, name: 'thumbnail', position: 'centre', width: 320 },
      { name: 'card', width: 768 },
      { name: 'hero', width: 1440, withoutEnlargement: true },
    ],
    mimeTypes: MEDIA_MIME_TYPES,
    modifyResponseHeaders: noSniff,
    staticDir: diskDir('media'),
  },
}
