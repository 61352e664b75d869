import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)

/** At most this many branches get a bar of their own; the rest are summed into one "others" bar. */
export const TOP_BRANCHES = 12

/**
 * Names as short as they can be and still tell branches apart: the prefix
 * every name shares (43 outlets of one sub-branch all start with its name) is
 * dropped, and what is left is cut to `max` characters.
 */
export const shortNames = (names: ReadonlyArray<string>, max = 14): string[] => {
  let prefix = names.length > 1 ? names[0]! : ''
  for (const n of names) while (prefix && !n.startsWith(prefix)) prefix = prefix.slice(0, -1)
  // keep a name whole when the prefix is all of it
  const cut = names.every((n) => n.length > prefix.length + 1) ? prefix.length : 0
  return names.map((n) => {
    const rest = n.slice(cut)
    return rest.length > max ? `${rest.slice(0, max - 1)}…` : rest
  })
}

/** A round top for an axis: 1, 2 or 5 times a power of ten. */
const axisTop = (max: number) => {
  const p = 10 ** Math.floor(Math.log10(Math.max(1, max)))
  return [1, 2, 5, 10].map((k) => k * p).find((v) => v >= max) ?? max
}

/**
 * Two charts as one SVG — people reached per branch (horizontal bars, the
 * top branches and the others summed, short names, values at the bars) and
 * per day (line with a value axis) — and as PNG through sharp for the PDF and
 * the DOCX. The labels are set in Noto Sans SC from the npm package:
 * fontconfig (which sharp's SVG renderer asks) is pointed at that package's
 * folder before the first chart, so no system font is needed.
 */
export const chartSvg = (
  byBranch: Array<{ name: string; people: number }>,
  byDay: Array<{ day: string; people: number }>,
  title: [string, string],
  others: (count: number) => string = (n) => `+${n}`,
): string => {
  const W = 900
  const nf = new Intl.NumberFormat('en-US')
  const sorted = [...byBranch].sort((a, b) => b.people - a.people)
  const top = sorted.slice(0, TOP_BRANCHES)
  const rest = sorted.slice(TOP_BRANCHES)
  const names = shortNames(top.map((b) => b.name))
  const bars = [...top.map((b, i) => ({ label: names[i]!, people: b.people })), ...(rest.length ? [{ label: others(rest.length), people: rest.reduce((s, b) => s + b.people, 0) }] : [])]
  const [labelW, rowH, top0] = [210, 24, 44]
  const maxB = Math.max(1, ...bars.map((b) => b.people))
  const barSpace = W - labelW - 110
  const barEls = bars
    .map((b, i) => {
      const y = top0 + i * rowH
      const w = Math.max(1, Math.round((b.people / maxB) * barSpace))
      return `<text x="${labelW - 8}" y="${y + 16}" font-size="12" text-anchor="end">${esc(b.label)}</text><rect x="${labelW}" y="${y + 4}" width="${w}" height="${rowH - 8}" fill="${i >= TOP_BRANCHES ? '#b9a19f' : '#8c1d18'}"/><text x="${labelW + w + 6}" y="${y + 16}" font-size="12">${nf.format(b.people)}</text>`
    })
    .join('')
  const barsBottom = top0 + Math.max(1, bars.length) * rowH
  // the daily line below, with a value axis and dates
  const lineTop = barsBottom + 60
  const [lineH, left] = [170, 70]
  const maxD = axisTop(Math.max(1, ...byDay.map((d) => d.people)))
  const step = (W - left - 30) / Math.max(1, byDay.length - 1)
  const yOf = (v: number) => lineTop + lineH - Math.round((v / maxD) * lineH)
  const pts = byDay.map((d, i) => `${left + i * step},${yOf(d.people)}`).join(' ')
  const grid = [0, 0.5, 1]
    .map((f) => `<line x1="${left}" y1="${yOf(maxD * f)}" x2="${W - 20}" y2="${yOf(maxD * f)}" stroke="#ddd"/><text x="${left - 6}" y="${yOf(maxD * f) + 4}" font-size="11" text-anchor="end">${nf.format(maxD * f)}</text>`)
    .join('')
  const every = Math.ceil(byDay.length / 10) || 1
  const dayLabels = byDay
    .map((d, i) => (i % every === 0 ? `<text x="${left + i * step}" y="${lineTop + lineH + 18}" font-size="11" text-anchor="middle">${esc(d.day.slice(5))}</text>` : ''))
    .join('')
  const H = lineTop + lineH + 34
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans SC, sans-serif">
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="20" y="24" font-size="15" font-weight="bold">${esc(title[0])}</text>${barEls}
<line x1="${labelW}" y1="${top0}" x2="${labelW}" y2="${barsBottom}" stroke="#999"/>
<text x="20" y="${lineTop - 20}" font-size="15" font-weight="bold">${esc(title[1])}</text>${grid}
<line x1="${left}" y1="${lineTop + lineH}" x2="${W - 20}" y2="${lineTop + lineH}" stroke="#999"/>
${byDay.length > 1 ? `<polyline points="${pts}" fill="none" stroke="#8c1d18" stroke-width="2"/>` : ''}${dayLabels}
</svg>`
}

let fontsReady = false
const useBundledFont = () => {
  if (fontsReady || process.env.FONTCONFIG_FILE) return
  fontsReady = true
  const fonts = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-sc')
  if (!existsSync(fonts)) return
  const dir = path.join(tmpdir(), 'afc-fontconfig')
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'fonts.conf')
  writeFileSync(
    file,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${fonts}</dir><cachedir>${path.join(dir, 'cache')}</cachedir><include ignore_missing="yes">/etc/fonts/fonts.conf</include></fontconfig>`,
  )
  process.env.FONTCONFIG_FILE = file
}

export const chartPng = (svg: string): Promise<Buffer> => {
  useBundledFont()
  return sharp(Buffer.from(svg)).png().toBuffer()
}
