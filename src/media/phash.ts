import sharp from 'sharp'

import { HASH_SIDE, phashOfGrey } from '../domain/phash'

/** pHash of an image file's bytes (JPEG, PNG, WebP …), or null when it is not an image sharp can read. */
export const imagePhash = async (bytes: Buffer): Promise<string | null> => {
  try {
    const { data } = await sharp(bytes, { limitInputPixels: 60_000_000 })
      .rotate() // honour EXIF orientation, so a rotated copy of the same shot hashes the same
      .greyscale()
      .resize(HASH_SIDE, HASH_SIDE, { fit: 'fill', kernel: 'cubic' })
      .raw()
      .toBuffer({ resolveWithObject: true })
    return phashOfGrey(data)
  } catch {
    return null
  }
}
