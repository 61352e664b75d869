import config from '@payload-config'
import { getPayload, type Where } from 'payload'

import { AUDIENCES, FRAUD_TYPES, MATERIAL_KINDS } from '../domain/vocabulary'
import type { Material, Media } from '../payload-types'
import type { SiteLang } from './i18n'

export const PAGE_SIZE = 12

/**
 * The public site reads through the Local API as an anonymous visitor
 * (overrideAccess: false, no user): the collection's read access, not the
 * page, decides that only published materials are seen.
 */
/** A cover on a page is drawn from every size (srcset), more than a list's populated thumbnail. */
const MEDIA_FOR_PAGES = { media: { alt: true, filename: true, height: true, mimeType: true, sizes: true, url: true, width: true } } as const
const anonymous = { draft: false, overrideAccess: false, populate: MEDIA_FOR_PAGES } as const

export type Filters = { audience?: string; fraud?: string; kind?: string; page?: number; q?: string }

/** Query-string filters, kept only when they are known values (anything else is ignored). */
export const readFilters = (sp: Record<string, string | string[] | undefined>): Filters => {
  const one = (k: string) => (typeof sp[k] === 'string' ? (sp[k] as string) : undefined)
  const pick = (k: string, allowed: ReadonlyArray<string>) => {
    const v = one(k)
    return v && allowed.includes(v) ? v : undefined
  }
  const page = Number(one('page') ?? '1')
  const q = one('q')?.trim().slice(0, 100)
  return {
    audience: pick('audience', AUDIENCES),
    fraud: pick('fraud', FRAUD_TYPES),
    kind: pick('kind', MATERIAL_KINDS),
    page: Number.isInteger(page) && page > 0 && page < 10_000 ? page : 1,
    q: q ? q : undefined,
  }
}

export const listMaterials = async (lang: SiteLang, f: Filters) => {
  const payload = await getPayload({ config })
  const and: Where[] = []
  if (f.kind) and.push({ kind: { equals: f.kind } })
  if (f.fraud) and.push({ fraudTypes: { in: [f.fraud] } })
  if (f.audience) and.push({ audiences: { in: [f.audience] } })
  if (f.q) and.push({ or: [{ title: { like: f.q } }, { summary: { like: f.q } }] })
  return payload.find({
    ...anonymous,
    collection: 'materials',
    depth: 1,
    limit: PAGE_SIZE,
    locale: lang,
    page: f.page ?? 1,
    sort: '-publishedAt',
    where: and.length ? { and } : undefined,
  })
}

export type Untranslated = Array<'body' | 'summary' | 'title'>

export const materialBySlug = async (lang: SiteLang, slug: string): Promise<{ material: Material; untranslated: Untranslated } | null> => {
  const payload = await getPayload({ config })
  const res = await payload.find({ ...anonymous, collection: 'materials', depth: 1, limit: 1, locale: lang, where: { slug: { equals: slug } } })
  const material = res.docs[0]
  if (!material) return null
  if (lang === 'zh') return { material, untranslated: [] }
  // the same record without falling back to Chinese: which English fields are really there?
  const own = await payload.findByID({ ...anonymous, collection: 'materials', depth: 0, fallbackLocale: false, id: material.id, locale: 'en', select: { body: true, summary: true, title: true } })
  const untranslated = (['title', 'summary', 'body'] as const).filter((f) => Boolean(material[f]) && !own[f])
  return { material, untranslated }
}

export const relatedMaterials = async (lang: SiteLang, m: Material) => {
  const payload = await getPayload({ config })
  const or: Where[] = [{ kind: { equals: m.kind } }]
  if ((m.fraudTypes ?? []).length) or.push({ fraudTypes: { in: m.fraudTypes } })
  const res = await payload.find({ ...anonymous, collection: 'materials', depth: 1, limit: 4, locale: lang, sort: '-publishedAt', where: { and: [{ id: { not_equals: m.id } }, { or }] } })
  return res.docs
}

export const allPublished = async (lang: SiteLang, limit = 500) => {
  const payload = await getPayload({ config })
  return (await payload.find({ ...anonymous, collection: 'materials', depth: 0, limit, locale: lang, pagination: false, sort: '-publishedAt' })).docs
}

export const media = (v: unknown): Media | null => (v && typeof v === 'object' && 'url' in v ? (v as Media) : null)
