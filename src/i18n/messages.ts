import { messages, reportWords } from './catalogue'

/** Refusals and validation messages in the request's language (the words live in ./catalogue). */
export { messages }

export type MessageKey = keyof typeof messages
export type Lang = 'en' | 'zh'

export const toLang = (language: string | undefined | null): Lang => (language === 'en' ? 'en' : 'zh')

/** A text with its {placeholders} filled in (an unknown one is left as it is). */
export const fill = (text: string, vars: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`))

export const message = (lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string => fill(messages[key][lang], vars)

/** The message in the language of the request (Payload sets req.i18n from the user's choice or Accept-Language). */
export const t = (
  req: { i18n?: { language?: string } } | undefined,
  key: MessageKey,
  vars?: Record<string, string | number>,
): string => message(toLang(req?.i18n?.language), key, vars)

/** A word of the report files in the report's language. */
export const reportWord = (lang: Lang, key: keyof typeof reportWords, vars: Record<string, string | number> = {}): string => fill(reportWords[key][lang], vars)
