/**
 * Numbers as Chinese summaries write them: exact with thousands separators
 * ("20,345"), or rounded down the way reports round ("2万余", "4万", "80余万",
 * "3000余"; in English "over 20,000"). Money in yuan, dates in Beijing time.
 */
import type { Lang } from '../i18n/messages'

const fmt = (lang: Lang, opts: Intl.NumberFormatOptions = {}) => new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN', opts)

export const exact = (n: number, lang: Lang): string => fmt(lang, { maximumFractionDigits: 2 }).format(n)

/** The rounded-down "over N" form: 23,456 → "2万余" / "over 23,000"; 40,000 → "4万" / "40,000". */
export const approx = (n: number, lang: Lang): string => {
  const v = Math.floor(Math.abs(n))
  if (lang === 'en') {
    if (v < 1000) return exact(v, 'en')
    const magnitude = 10 ** (String(v).length - 2)
    const down = Math.floor(v / magnitude) * magnitude
    return down === v ? exact(v, 'en') : `over ${exact(down, 'en')}`
  }
  if (v < 1000) return String(v)
  if (v < 10_000) {
    const down = Math.floor(v / 1000) * 1000
    return down === v ? String(v) : `${down}余`
  }
  const wan = Math.floor(v / 10_000)
  const more = v % 10_000 !== 0
  if (v < 100_000) return more ? `${wan}万余` : `${wan}万`
  return more ? `${wan}余万` : `${wan}万`
}

export const cny = (n: number, lang: Lang): string => fmt(lang, { currency: 'CNY', style: 'currency' }).format(n)

export const longDay = (iso: string | Date, lang: Lang): string =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { day: 'numeric', month: 'long', timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date(iso))

/** "2026年10月" / "October 2026". */
export const monthLabel = (month: string, lang: Lang): string =>
  lang === 'en'
    ? new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC', year: 'numeric' }).format(new Date(`${month}-15T00:00:00Z`))
    : `${month.slice(0, 4)}年${Number(month.slice(5))}月`

export const percent = (part: number, whole: number, lang: Lang): string =>
  whole > 0 ? fmt(lang, { maximumFractionDigits: 1, style: 'percent' }).format(part / whole) : '—'
