import { existsSync } from 'node:fs'
import path from 'node:path'

import { loadPDFKit } from '../lazyModules'
import { type Block, isFigure, isTotalRow } from './blocks'

/**
 * The CJK font comes from an npm package (Noto Sans SC), never from the system.
 * It is found in the project's node_modules at run time (the server runs from
 * the project folder), so the bundler leaves the 10 MB font files alone.
 */
const fontDir = (): string => {
  const dir = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-sc')
  if (!existsSync(dir)) throw new Error(`the report font package is missing: ${dir} (npm ci installs it)`)
  return dir
}
export const fontFile = (weight: 'bold' | 'regular') =>
  weight === 'bold' ? path.join(fontDir(), '700Bold', 'NotoSansSC_700Bold.ttf') : path.join(fontDir(), '400Regular', 'NotoSansSC_400Regular.ttf')

/** A4 PDF of the report's blocks and chart, Chinese set in the embedded (subset) Noto Sans SC. */
export const reportPdf = async (blocks: Block[], chart: Buffer | null, meta: { title: string }): Promise<Buffer> => {
  const PDFDocument = await loadPDFKit()
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ info: { CreationDate: new Date(0), Title: meta.title }, margin: 56, size: 'A4' })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.registerFont('body', fontFile('regular'))
    doc.registerFont('bold', fontFile('bold'))
    const width = doc.page.width - 112
    let chartPlaced = false
    for (const b of blocks) {
      if (b.kind === 'h1') doc.font('bold').fontSize(17).text(b.text, { align: 'center' }).moveDown(0.6)
      else if (b.kind === 'h2') {
        if (!chartPlaced && chart && /主要数据|Figures/.test(b.text)) {
          doc.image(chart, { fit: [width, width * 0.58] }).moveDown(0.5)
          chartPlaced = true
        }
        doc.font('bold').fontSize(13).text(b.text).moveDown(0.3)
      } else if (b.kind === 'p') doc.font('body').fontSize(10.5).text(b.text, { align: 'justify', lineGap: 3 }).moveDown(0.4)
      else if (b.kind === 'li') doc.font('body').fontSize(10.5).text(`• ${b.text}`, { indent: 10, lineGap: 2 }).moveDown(0.2)
      else if (b.kind === 'table') {
        const cols = Math.max(...b.rows.map((r) => r.length))
        const cw = width / cols
        for (const [i, row] of b.rows.entries()) {
          if (doc.y > doc.page.height - 90) doc.addPage()
          const y = doc.y
          doc.font(i === 0 || isTotalRow(row) ? 'bold' : 'body').fontSize(9)
          const h = Math.max(...row.map((c) => doc.heightOfString(c, { width: cw - 8 }))) + 6
          row.forEach((c, j) => {
            doc.rect(56 + j * cw, y, cw, h).strokeColor('#999').stroke()
            doc.text(c, 60 + j * cw, y + 3, { align: i > 0 && j > 0 && isFigure(c) ? 'right' : 'left', width: cw - 8 })
          })
          doc.x = 56
          doc.y = y + h
        }
        doc.moveDown(0.6)
      }
    }
    doc.end()
  })
}
