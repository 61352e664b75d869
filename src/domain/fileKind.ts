/**
 * What a file is, judged by its first bytes (never by its name or the
 * browser's claim). Only the kinds the product stores are recognised.
 */
export type FileKind = 'jpeg' | 'png' | 'webp' | 'pdf'

export const MIME_BY_KIND: Record<FileKind, string> = {
  jpeg: 'image/jpeg',
  pdf: 'application/pdf',
  png: 'image/png',
  webp: 'image/webp',
}

const startsWith = (buf: Uint8Array, bytes: ReadonlyArray<number>, offset = 0): boolean =>
  buf.length >= offset + bytes.length && bytes.every((b, i) => buf[offset + i] === b)

export const sniffFileKind = (head: Uint8Array): FileKind | null => {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg'
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png'
  if (startsWith(head, [0x52, 0x49, 0x46, 0x46]) && startsWith(head, [0x57, 0x45, 0x42, 0x50], 8)) return 'webp'
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'
  return null
}

export const isImageKind = (kind: FileKind): boolean => kind !== 'pdf'
