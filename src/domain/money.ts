/** Money is CNY in yuan with at most two decimals. Sums are done in fen (integers) so they never drift. */
export const toFen = (yuan: number): number => Math.round(yuan * 100)
export const hasAtMostTwoDecimals = (yuan: number): boolean => Math.abs(yuan * 100 - Math.round(yuan * 100)) < 1e-6
export const sumYuan = (values: ReadonlyArray<number>): number => values.reduce((s, v) => s + toFen(v), 0) / 100

export const formatCNY = (yuan: number, locale: 'zh' | 'en'): string =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { currency: 'CNY', style: 'currency' }).format(yuan)

export const formatDate = (iso: string | Date, locale: 'zh' | 'en'): string =>
  new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    month: locale === 'zh' ? 'long' : 'short',
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
  }).format(typeof iso === 'string' ? new Date(iso) : iso)

/** Date and time in Beijing time: 2026年10月15日 14:05 / 15 Oct 2026, 14:05. */
export const formatDateTime = (iso: string | Date, locale: 'zh' | 'en'): string =>
  new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    hour: '2-digit',
    hour12: false,
    minute: '2-digit',
    month: locale === 'zh' ? 'long' : 'short',
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
  }).format(typeof iso === 'string' ? new Date(iso) : iso)
