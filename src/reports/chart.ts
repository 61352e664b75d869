import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '"': '&quot;', '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)

/**
 * Two charts as one SVG — people reached per branch (bars) and per day (line)
 * — and as PNG through sharp for the PDF and the DOCX. The labels are set in
 * Noto Sans SC from the npm package: fontconfig (which sharp's SVG renderer
 * asks) is pointed at that package's folder before the first chart, so no
 * system font is needed.
 */
export const chartSvg = (byBranch: Array<{ name: string; people: number }>, byDay: Array<{ day: string; people: number }>, title: [string, string]): string => {
  const W = 900
  const H = 520
  const bars = byBranch.slice(0, 12)
  const maxB = Math.max(1, ...bars.map((b) => b.people))
  const bw = (W - 80) / Math.max(1, bars.length)
  const barEls = bars
    .map((b, i) => {
      const h = Math.round((b.people / maxB) * 170)
      const x = 60 + i * bw
      return `<rect x="${x + 4}" y="${210 - h}" width="${bw - 8}" height="${h}" fill="#8c1d18"/><text x="${x + bw / 2}" y="228" font-size="11" text-anchor="middle">${esc(b.name.slice(0, 8))}</text><text x="${x + bw / 2}" y="${205 - h}" font-size="11" text-anchor="middle">${b.people}</text>`
    })
    .join('')
  const maxD = Math.max(1, ...byDay.map((d) => d.people))
  const step = (W - 100) / Math.max(1, byDay.length - 1)
  const pts = byDay.map((d, i) => `${60 + i * step},${490 - Math.round((d.people / maxD) * 170)}`).join(' ')
  const dayLabels = byDay
    .filter((_, i) => i % Math.ceil(byDay.length / 10 || 1) === 0)
    .map((d) => `<text x="${60 + byDay.indexOf(d) * step}" y="508" font-size="11" text-anchor="middle">${esc(d.day.slice(5))}</text>`)
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Noto Sans SC, sans-serif">
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="20" y="24" font-size="15" font-weight="bold">${esc(title[0])}</text>
<line x1="56" y1="210" x2="${W - 20}" y2="210" stroke="#999"/>${barEls}
<text x="20" y="290" font-size="15" font-weight="bold">${esc(title[1])}</text>
<line x1="56" y1="490" x2="${W - 20}" y2="490" stroke="#999"/>
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
