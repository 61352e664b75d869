/**
 * Calendar days in China Standard Time. Payload stores dates as instants; an
 * activity logged "on 8 October" in Beijing is compared by its Beijing day,
 * whatever time zone the browser or server runs in.
 */
const fmt = new Intl.DateTimeFormat('en-CA', { day: '2-digit', month: '2-digit', timeZone: 'Asia/Shanghai', year: 'numeric' })

/** "YYYY-MM-DD" of the instant in Asia/Shanghai. */
export const dayOf = (value: string | Date): string => fmt.format(typeof value === 'string' ? new Date(value) : value)

/** "YYYY-MM" of the instant in Asia/Shanghai. */
export const monthOf = (value: string | Date): string => dayOf(value).slice(0, 7)

/** The instant of noon in Beijing on a "YYYY-MM-DD" day: safe from any time-zone shift. */
export const noonInShanghai = (day: string): string => new Date(`${day}T12:00:00+08:00`).toISOString()

/** The "YYYY-MM" after and before a "YYYY-MM". */
export const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}
export const previousMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number]
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

export const isWithin = (day: string, start: string, end: string): boolean => day >= start && day <= end
