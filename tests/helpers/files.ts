import sharp from 'sharp'

/** A JPEG that carries EXIF: camera make and a GPS position, as phone photos do. */
export const jpegWithExif = async (width = 640, height = 480): Promise<Buffer> =>
  sharp({ create: { background: { b: 40, g: 120, r: 200 }, channels: 3, height, width } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Evidence-Cam 9' },
      IFD3: { GPSLatitude: '23/1 7/1 0/1', GPSLatitudeRef: 'N', GPSLongitude: '113/1 19/1 0/1', GPSLongitudeRef: 'E' },
    })
    .toBuffer()

export const png = async (width = 32, height = 32): Promise<Buffer> =>
  sharp({ create: { background: { b: 0, g: 0, r: 255 }, channels: 3, height, width } }).png().toBuffer()

/** A minimal but well-formed one-page PDF (header, objects, xref table, trailer). */
export const pdf = (): Buffer => {
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(body.length)
    body += `${i + 1} 0 obj${o}endobj\n`
  })
  const xref = body.length
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`
  body += `trailer<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}

export const html = (): Buffer => Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
export const svg = (): Buffer =>
  Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')

export const file = (data: Buffer, name: string, mimetype: string) => ({ data, mimetype, name, size: data.length })

/**
 * A photo-like picture of a bank lobby, drawn from `seed`: wall, floor,
 * counters, a poster, people. The same seed with another `shift` is another
 * shot of the same lobby (camera moved, people elsewhere).
 */
export const lobbyPhoto = async (seed: number, opts: { height?: number; people?: number; shift?: number; width?: number } = {}): Promise<Buffer> => {
  const width = opts.width ?? 1200
  const height = opts.height ?? 900
  let s = seed * 9301 + 49297
  const rand = () => ((s = (s * 9301 + 49297) % 233280) / 233280)
  const shift = opts.shift ?? 0
  const shapes: string[] = []
  shapes.push(`<rect width="${width}" height="${height * 0.6}" fill="rgb(${200 + seed % 40},${190 + (seed * 3) % 50},${170})"/>`)
  shapes.push(`<rect y="${height * 0.6}" width="${width}" height="${height * 0.4}" fill="rgb(120,${100 + (seed * 7) % 60},90)"/>`)
  for (let i = 0; i < 4; i++) {
    const x = (i * width) / 4 + 20 - shift * 3
    shapes.push(`<rect x="${x}" y="${height * 0.45}" width="${width / 5}" height="${height * 0.2}" fill="rgb(60,70,${120 + i * 20})"/>`)
  }
  shapes.push(`<rect x="${width * 0.1 - shift * 3}" y="${height * 0.08}" width="${width * 0.25}" height="${height * 0.3}" fill="rgb(220,40,40)"/>`)
  let p = seed + shift * 101
  const prand = () => ((p = (p * 9301 + 49297) % 233280) / 233280)
  for (let i = 0; i < (opts.people ?? 6); i++) {
    const cx = prand() * width
    const cy = height * 0.55 + prand() * height * 0.35
    shapes.push(`<circle cx="${cx}" cy="${cy - 90}" r="28" fill="rgb(230,190,160)"/>`)
    shapes.push(`<rect x="${cx - 35}" y="${cy - 60}" width="70" height="150" fill="rgb(${Math.floor(prand() * 255)},${Math.floor(prand() * 255)},${Math.floor(rand() * 255)})"/>`)
  }
  const svgText = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${shapes.join('')}</svg>`
  return sharp(Buffer.from(svgText)).jpeg({ quality: 90 }).toBuffer()
}
