import { adminWords } from '../i18n/catalogue'
import { fill } from '../i18n/messages'

/** Words of the product's own admin screens (they live in the catalogue). */
export type AdminLang = 'en' | 'zh'
export type AdminKey = keyof typeof adminWords

export const tr = (lang: string | undefined, key: AdminKey, vars: Record<string, string | number> = {}): string =>
  fill(adminWords[key][lang === 'en' ? 'en' : 'zh'], vars)
