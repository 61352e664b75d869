/**
 * The rendered report as a list of blocks (headings, paragraphs, list items,
 * tables), read from the template's HTML, so the PDF and the DOCX print what
 * the edited template says. Handles the plain markup report templates use.
 */
export type Block =
  | { kind: 'h1' | 'h2' | 'p' | 'li'; text: string }
  | { kind: 'table'; rows: string[][] }

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

export const htmlBlocks = (html: string): Block[] => {
  const out: Block[] = []
  const re = /<(h1|h2|p|ul|table)\b[^>]*>([\s\S]*?)<\/\1>/g
  for (const m of html.matchAll(re)) {
    const [, tag, inner] = m as unknown as [string, 'h1' | 'h2' | 'p' | 'ul' | 'table', string]
    if (tag === 'ul') for (const li of inner.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)) out.push({ kind: 'li', text: decode(li[1]!) })
    else if (tag === 'table') {
      const rows = [...inner.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1]!)))
      if (rows.length) out.push({ kind: 'table', rows })
    } else {
      const text = decode(inner)
      if (text) out.push({ kind: tag, text })
    }
  }
  return out
}

/** A table cell that holds a figure (count, money, percentage, dash): set right-aligned in every format. */
export const isFigure = (cell: string): boolean => /^[¥￥]?\s*-?[\d,]+(\.\d+)?\s*%?$|^—$/.test(cell.trim()) || /^CN¥\s*[\d,]+(\.\d+)?$/.test(cell.trim())

/** The total row every table of the report ends with (合计 / Total). */
export const isTotalRow = (row: ReadonlyArray<string>): boolean => /^(合计|总计|Total)$/i.test((row[0] ?? '').trim())
