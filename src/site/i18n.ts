import { siteWords } from '../i18n/catalogue'
import { fill } from '../i18n/messages'

/** The public site's words (they live in the catalogue). */
export type SiteLang = 'en' | 'zh'
export type SiteKey = keyof typeof siteWords

export const st = (lang: SiteLang, key: SiteKey, vars: Record<string, string | number> = {}): string =>
  fill(siteWords[key][lang], vars)

/** The path of the same page in the other language. */
export const prefix = (lang: SiteLang) => (lang === 'en' ? '/en' : '')

export const formatDay = (lang: SiteLang, iso: string) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(new Date(iso))
