import { Liquid, TokenizationError } from 'liquidjs'

import { approx, cny, exact, longDay, percent } from '../domain/reportNumbers'
import type { Lang } from '../i18n/messages'

/**
 * The sandboxed template language: Liquid with no file system (no include,
 * render or layout of files), own properties only, unknown filters refused,
 * and bounded parse size, render time and memory, so a template compliance
 * edits can neither read the server nor hang it.
 */
const TEMPLATE_LIMITS_BYTES = 64 * 1024 * 1024 // TEMPLATE_LIMITS.memoryMb

export const engineFor = (lang: Lang): Liquid => {
  const engine = new Liquid({
    cache: false,
    fs: { contains: async () => false, dirname: () => '', exists: async () => false, existsSync: () => false, fallback: () => undefined, readFile: async () => '', readFileSync: () => '', resolve: () => '', sep: '/' },
    jsTruthy: false,
    memoryLimit: TEMPLATE_LIMITS_BYTES,
    outputEscape: 'escape',
    ownPropertyOnly: true,
    parseLimit: 200_000,
    relativeReference: false,
    renderLimit: 2000, // TEMPLATE_LIMITS.renderMs
    root: [],
    strictFilters: true,
  })
  engine.registerFilter('num', (v: unknown) => exact(Number(v) || 0, lang))
  engine.registerFilter('approx', (v: unknown) => approx(Number(v) || 0, lang))
  engine.registerFilter('cny', (v: unknown) => cny(Number(v) || 0, lang))
  engine.registerFilter('day', (v: unknown) => (typeof v === 'string' || v instanceof Date ? longDay(v, lang) : ''))
  engine.registerFilter('pct', (v: unknown, whole: unknown) => percent(Number(v) || 0, Number(whole) || 0, lang))
  for (const tag of ['include', 'render', 'layout']) {
    engine.registerTag(tag, {
      parse() {
        throw new Error(`the tag “${tag}” is not available in report templates`)
      },
      render() {
        return ''
      },
    })
  }
  return engine
}

export type TemplateProblem = { line: number | null; message: string }

/** Why a template does not parse (with its line), or null. */
export const templateProblem = (body: string, lang: Lang = 'zh'): TemplateProblem | null => {
  try {
    engineFor(lang).parse(body)
    return null
  } catch (e) {
    const err = e as Error & { token?: { getPosition?: () => [number, number] } }
    const pos = err.token?.getPosition?.()
    const line = pos ? pos[0] : (/line:(\d+)/.exec(err.message)?.[1] ? Number(/line:(\d+)/.exec(err.message)![1]) : null)
    const message = (e instanceof TokenizationError ? err.message : err.message).split(', file:')[0]!.split(', line:')[0]!
    return { line, message }
  }
}

/** The sandbox's limits, as a template author meets them. */
export const TEMPLATE_LIMITS = { memoryMb: 64, renderMs: 2000 } as const

/** A template that failed while rendering: which limit it hit (or what went wrong) and at which line. */
export class TemplateRenderError extends Error {
  constructor(
    readonly limit: 'memory' | 'time' | null,
    readonly line: number | null,
    readonly detail: string,
  ) {
    super(detail)
  }
}

export const renderTemplate = async (body: string, data: object, lang: Lang): Promise<string> => {
  try {
    return await engineFor(lang).parseAndRender(body, data as Record<string, unknown>)
  } catch (e) {
    const err = e as Error & { token?: { getPosition?: () => [number, number] } }
    const line = err.token?.getPosition?.()[0] ?? (/line:(\d+)/.exec(err.message)?.[1] ? Number(/line:(\d+)/.exec(err.message)![1]) : null)
    const limit = /memory alloc limit exceeded/.test(err.message) ? 'memory' : /render limit exceeded/.test(err.message) ? 'time' : null
    throw new TemplateRenderError(limit, line, err.message.split(', file:')[0]!.split(', line:')[0]!)
  }
}
