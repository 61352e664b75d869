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
