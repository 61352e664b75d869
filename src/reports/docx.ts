import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'

import { type Block, isFigure, isTotalRow } from './blocks'

/** The report as a Word document compliance can edit: headings, paragraphs, tables and the chart. */
export const reportDocx = async (blocks: Block[], chart: Buffer | null, meta: { title: string }): Promise<Buffer> => {
  const font = { eastAsia: '宋体', ascii: 'Times New Roman', hAnsi: 'Times New Roman' }
  const children: Array<Paragraph | Table> = []
  let chartPlaced = false
  for (const b of blocks) {
    if (b.kind === 'h1') children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ bold: true, font, size: 36, text: b.text })], heading: HeadingLevel.TITLE }))
    else if (b.kind === 'h2') {
      if (!chartPlaced && chart && /主要数据|Figures/.test(b.text)) {
        children.push(new Paragraph({ children: [new ImageRun({ data: chart, transformation: { height: 347, width: 600 }, type: 'png' })] }))
        chartPlaced = true
      }
      children.push(new Paragraph({ children: [new TextRun({ bold: true, font, size: 28, text: b.text })], heading: HeadingLevel.HEADING_1 }))
    } else if (b.kind === 'p') children.push(new Paragraph({ children: [new TextRun({ font, size: 24, text: b.text })], indent: { firstLine: 480 } }))
    else if (b.kind === 'li') children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ font, size: 24, text: b.text })] }))
    else if (b.kind === 'table') {
      children.push(
        new Table({
          rows: b.rows.map(
            (r, i) =>
              new TableRow({
                children: r.map(
                  (c, j) =>
                    new TableCell({
                      children: [new Paragraph({ alignment: i > 0 && j > 0 && isFigure(c) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ bold: i === 0 || isTotalRow(r), font, size: 21, text: c })] })],
                    }),
                ),
              }),
          ),
          width: { size: 100, type: WidthType.PERCENTAGE },
        }),
      )
    }
  }
  const doc = new Document({ creator: 'anti-fraud campaign CMS', sections: [{ children }], title: meta.title })
  return Packer.toBuffer(doc)
}
