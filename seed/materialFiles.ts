import PDFDocument from 'pdfkit'
import sharp from 'sharp'

import { fontFile } from '../src/reports/pdf'

const TONES: Record<string, [string, string]> = {
  case: ['#3b3f46', '#e0b04a'],
  handbook: ['#1d4f91', '#f3c14b'],
  leaflet: ['#8c1d18', '#f6d7a7'],
  poster: ['#a4261f', '#ffe08a'],
  video: ['#1e6b35', '#cfe8c3'],
}

/** A cover for a demo material: the bank's shield on the colours of its kind (no text: it reads in both languages). */
export const coverImage = (kind: string, seed: number): Promise<Buffer> => {
  const [bg, fg] = TONES[kind] ?? TONES.leaflet!
  const rings = Array.from({ length: 4 }, (_, i) => `<circle cx="${620 + (seed % 3) * 30}" cy="${90 + i * 10}" r="${60 + i * 42}" fill="none" stroke="${fg}" stroke-opacity="${0.35 - i * 0.07}" stroke-width="14"/>`).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
<rect width="800" height="450" fill="${bg}"/>${rings}
<path d="M200 90 L300 130 V210 C300 280 255 325 200 350 C145 325 100 280 100 210 V130 Z" fill="${fg}"/>
<path d="M155 215 L190 250 L250 180" stroke="${bg}" stroke-width="22" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
<rect x="360" y="300" width="${260 + (seed % 4) * 30}" height="22" rx="11" fill="${fg}" fill-opacity="0.8"/>
<rect x="360" y="340" width="200" height="22" rx="11" fill="${fg}" fill-opacity="0.5"/></svg>`
  return sharp(Buffer.from(svg)).png().toBuffer()
}

/** The printable file of a demo material: its title and text, in Noto Sans SC. */
export const materialPdf = (m: { summary: string; summaryEn: string; title: string; titleEn: string }): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({ info: { CreationDate: new Date(0), Title: m.title }, margin: 56, size: 'A5' })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.registerFont('body', fontFile('regular'))
    doc.registerFont('bold', fontFile('bold'))
    doc.font('bold').fontSize(18).text(m.title).moveDown(0.5)
    doc.font('body').fontSize(12).text(m.summary).moveDown(1.5)
    doc.font('bold').fontSize(14).text(m.titleEn).moveDown(0.5)
    doc.font('body').fontSize(11).text(m.summaryEn)
    doc.end()
  })
