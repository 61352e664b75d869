/**
 * A 64-bit perceptual hash (pHash) of an image: the signs of the lowest 8 × 8
 * DCT frequencies of a 32 × 32 grey thumbnail against their median. Resizing,
 * re-compressing or slightly re-colouring a photo barely moves these
 * frequencies; a different photo moves many. Pure: pixels in, hex out.
 */
export const HASH_SIDE = 32
const LOW = 8

const COS: Float64Array[] = Array.from({ length: LOW }, (_, u) => {
  const row = new Float64Array(HASH_SIDE)
  for (let x = 0; x < HASH_SIDE; x++) row[x] = Math.cos(((2 * x + 1) * u * Math.PI) / (2 * HASH_SIDE))
  return row
})

/** pHash of 32 × 32 grey pixels (row-major, 0–255) as 16 hex digits. */
export const phashOfGrey = (pixels: ArrayLike<number>): string => {
  if (pixels.length !== HASH_SIDE * HASH_SIDE) throw new Error(`expected ${HASH_SIDE * HASH_SIDE} pixels, got ${pixels.length}`)
  // separable DCT-II, keeping only the low 8 × 8 block
  const rows: Float64Array[] = []
  for (let y = 0; y < HASH_SIDE; y++) {
    const out = new Float64Array(LOW)
    for (let u = 0; u < LOW; u++) {
      let s = 0
      for (let x = 0; x < HASH_SIDE; x++) s += pixels[y * HASH_SIDE + x]! * COS[u]![x]!
      out[u] = s
    }
    rows.push(out)
  }
  const coeffs: number[] = []
  for (let v = 0; v < LOW; v++) {
    for (let u = 0; u < LOW; u++) {
      let s = 0
      for (let y = 0; y < HASH_SIDE; y++) s += rows[y]![u]! * COS[v]![y]!
      coeffs.push(s)
    }
  }
  // the DC term (overall brightness) says nothing about content: leave it out of the median
  const median = [...coeffs.slice(1)].sort((a, b) => a - b)[Math.floor((coeffs.length - 1) / 2)]!
  let hex = ''
  for (let i = 0; i < 64; i += 4) {
    let nibble = 0
    for (let b = 0; b < 4; b++) nibble = (nibble << 1) | (coeffs[i + b]! > median ? 1 : 0)
    hex += nibble.toString(16)
  }
  return hex
}

const POP = Array.from({ length: 16 }, (_, n) => (n & 1) + ((n >> 1) & 1) + ((n >> 2) & 1) + ((n >> 3) & 1))

/** Bits that differ between two 16-hex-digit hashes. */
export const hamming = (a: string, b: string): number => {
  let d = 0
  for (let i = 0; i < 16; i++) d += POP[parseInt(a[i]!, 16) ^ parseInt(b[i]!, 16)]!
  return d
}

export const isPhash = (v: unknown): v is string => typeof v === 'string' && /^[0-9a-f]{16}$/.test(v)

/**
 * The hash cut into six bands (11, 11, 11, 11, 10 and 10 bits). Two hashes
 * that differ in at most five bits differ in at most five bands, so at least
 * one band is identical: looking up equal bands in six indexed columns finds
 * every near-identical photo without reading all of them (the others found
 * that way are then measured exactly).
 */
export const PHASH_BAND_WIDTHS = [11, 11, 11, 11, 10, 10] as const
export const MAX_MATCH_DISTANCE = PHASH_BAND_WIDTHS.length - 1

export const phashBands = (hex: string): string[] => {
  const bits = [...hex].map((d) => parseInt(d, 16).toString(2).padStart(4, '0')).join('')
  let at = 0
  return PHASH_BAND_WIDTHS.map((width) => {
    const band = bits.slice(at, at + width)
    at += width
    return parseInt(band, 2).toString(16)
  })
}
