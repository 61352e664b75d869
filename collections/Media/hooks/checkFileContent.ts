import { readFile } from 'node:fs/promises'

import { APIError, type CollectionBeforeOperationHook } from 'payload'
import sharp from 'sharp'

import { isImageKind, sniffFileKind } from '../../../src/domain/fileKind'
import { t } from '../../../src/i18n/messages'

/**
 * Before Payload stores anything: the bytes must be an image or PDF we accept
 * (a renamed HTML page or SVG is not), and an image's header must not promise
 * more pixels than `maxPixels` (a "pixel flood" decodes to gigabytes). Errors
 * are in the user's language; Payload's own checks stay behind this one.
 */
export const checkFileContent =
  (maxPixels: number): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    if (operation !== 'create' && operation !== 'update') return args
    const file = req.file
    if (!file) return args
    const data = file.data?.length ? file.data : file.tempFilePath ? await readFile(file.tempFilePath) : Buffer.alloc(0)
    const kind = sniffFileKind(data.subarray(0, 16))
    if (kind === null) throw new APIError(t(req, 'unsupportedFile', { name: file.name }), 400, undefined, true)
    if (isImageKind(kind)) {
      let size: { height?: number; width?: number }
      try {
        size = await sharp(data, { limitInputPixels: false }).metadata()
      } catch {
        // a valid signature over a broken header: the user's file, not the server, is at fault
        throw new APIError(t(req, 'brokenImage', { name: file.name }), 400, undefined, true)
      }
      const { height = 0, width = 0 } = size
      if (width * height > maxPixels) {
        throw new APIError(
          t(req, 'imageTooLarge', { height, max: Math.floor(maxPixels / 1e6), width }),
          413,
          undefined,
          true,
        )
      }
    }
    return args
  }
