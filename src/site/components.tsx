import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import React from 'react'

import { audienceOptions, fraudTypeOptions, labelOf, materialKindOptions, type Audience, type FraudType, type MaterialKind, type Option } from '../domain/vocabulary'
import type { Material } from '../payload-types'
import { formatDay, prefix, st, type SiteLang } from './i18n'
import { campaignHeadline } from './campaign'
import { type Filters, listMaterials, materialBySlug, media, readFilters, relatedMaterials } from './materials'

type SP = Record<string, string | string[] | undefined>

/** Header with the site's name, its sections and the language switch; skip link first. */
export const SiteFrame = ({ children, lang, other }: { children: React.ReactNode; lang: SiteLang; other: string }) => (
  <>
    <a className="skip" href="#main">
      {st(lang, 'skip')}
    </a>
    <header className="site-header">
      <Link className="brand" href={`${prefix(lang)}/`}>
        {st(lang, 'siteName')}
      </Link>
      <nav aria-label={st(lang, 'mainNav')}>
        <Link href={`${prefix(lang)}/materials`}>{st(lang, 'materials')}</Link>
        <Link href={other} hrefLang={lang === 'en' ? 'zh-CN' : 'en'} lang={lang === 'en' ? 'zh-CN' : 'en'}>
          {st(lang, 'switchTo')}
        </Link>
      </nav>
    </header>
    <main id="main">{children}</main>
    <footer className="site-footer">
      <a href={`${prefix(lang)}/feed.xml`}>{st(lang, 'feed')}</a> · <a href="/sitemap.xml">{st(lang, 'sitemap')}</a> · <a href="/admin">{st(lang, 'staffSignIn')}</a>
    </footer>
  </>
)

const Cover = ({ lang, m, sizes }: { lang: SiteLang; m: Material; sizes: string }) => {
  const img = media(m.cover)
  if (!img?.url) return null
  const srcSet = [img.sizes?.thumbnail, img.sizes?.card, img.sizes?.hero]
    .filter((s): s is NonNullable<typeof s> => Boolean(s?.url && s.width))
    .map((s) => `${s.url} ${s.width}w`)
    .join(', ')
  return (
    // eslint-disable-next-line @next/next/no-img-element -- Payload's sizes are the responsive set; no image optimiser (no outside calls)
    <img
      alt={img.alt || m.title}
      className="cover"
      decoding="async"
      height={img.height ?? undefined}
      loading="lazy"
      sizes={sizes}
      src={img.sizes?.card?.url ?? img.url}
      srcSet={srcSet || undefined}
      width={img.width ?? undefined}
      lang={lang === 'en' ? 'en' : 'zh-CN'}
    />
  )
}

const Card = ({ lang, m }: { lang: SiteLang; m: Material }) => (
  <li className="card">
    <Cover lang={lang} m={m} sizes="(max-width: 40rem) 100vw, 20rem" />
    <h3>
      <Link href={`${prefix(lang)}/materials/${m.slug}`}>{m.title}</Link>
    </h3>
    <p className="meta">{labelOf(materialKindOptions, m.kind as MaterialKind, lang)}</p>
    {m.summary && <p>{m.summary}</p>}
  </li>
)

export const HomePage = async ({ lang }: { lang: SiteLang }) => {
  const [latest, headline] = await Promise.all([listMaterials(lang, { page: 1 }), campaignHeadline(lang)])
  const nf = new Intl.NumberFormat(lang === 'en' ? 'en-US' : 'zh-CN')
  return (
    <SiteFrame lang={lang} other={lang === 'en' ? '/' : '/en'}>
      <h1>{st(lang, 'materials')}</h1>
      <p className="lead">{st(lang, 'intro')}</p>
      {headline && (
        <section aria-labelledby="campaign" className="headline">
          <h2 id="campaign">{headline.campaign}</h2>
          <dl>
            <div>
              <dt>{st(lang, 'people')}</dt>
              <dd>{nf.format(headline.people)}</dd>
            </div>
            <div>
              <dt>{st(lang, 'leaflets')}</dt>
              <dd>{nf.format(headline.leaflets)}</dd>
            </div>
            <div>
              <dt>{st(lang, 'events')}</dt>
              <dd>{nf.format(headline.events)}</dd>
            </div>
          </dl>
          <p className="meta">{st(lang, 'headlineNote')}</p>
        </section>
      )}
      <h2>{st(lang, 'latest')}</h2>
      <ul className="cards">
        {latest.docs.slice(0, 6).map((m) => (
          <Card key={m.id} lang={lang} m={m} />
        ))}
      </ul>
      <p>
        <Link className="button" href={`${prefix(lang)}/materials`}>
          {st(lang, 'back')} →
        </Link>
      </p>
    </SiteFrame>
  )
}

const Select = <V extends string>({ lang, label, name, options, value }: { lang: SiteLang; label: string; name: string; options: ReadonlyArray<Option<V>>; value?: string }) => (
  <label>
    {label}
    <select defaultValue={value ?? ''} name={name}>
      <option value="">{st(lang, 'all')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label[lang]}
        </option>
      ))}
    </select>
  </label>
)

const query = (f: Filters, page: number) => {
  const p = new URLSearchParams()
  for (const k of ['kind', 'fraud', 'audience', 'q'] as const) if (f[k]) p.set(k, String(f[k]))
  if (page > 1) p.set('page', String(page))
  const s = p.toString()
  return s ? `?${s}` : ''
}

export const MaterialsPage = async ({ lang, searchParams }: { lang: SiteLang; searchParams: SP }) => {
  const f = readFilters(searchParams)
  const res = await listMaterials(lang, f)
  const path = '/materials'
  return (
    <SiteFrame lang={lang} other={`${lang === 'en' ? '' : '/en'}${path}${query(f, f.page ?? 1)}`}>
      <h1>{st(lang, 'materials')}</h1>
      <form className="filters" method="get" role="search">
        <label>
          {st(lang, 'search')}
          <input defaultValue={f.q ?? ''} maxLength={100} name="q" type="search" />
        </label>
        <Select label={st(lang, 'kind')} lang={lang} name="kind" options={materialKindOptions} value={f.kind} />
        <Select label={st(lang, 'fraudType')} lang={lang} name="fraud" options={fraudTypeOptions} value={f.fraud} />
        <Select label={st(lang, 'audience')} lang={lang} name="audience" options={audienceOptions} value={f.audience} />
        <button type="submit">{st(lang, 'filter')}</button>
      </form>
      {res.docs.length === 0 ? (
        <p>{st(lang, 'noResults')}</p>
      ) : (
        <ul className="cards">
          {res.docs.map((m) => (
            <Card key={m.id} lang={lang} m={m} />
          ))}
        </ul>
      )}
      {res.totalPages > 1 && (
        <nav aria-label={st(lang, 'page', { n: res.page ?? 1, total: res.totalPages })} className="pager">
          {res.hasPrevPage && (
            <Link href={`${prefix(lang)}${path}${query(f, (res.page ?? 1) - 1)}`} rel="prev">
              ← {st(lang, 'previous')}
            </Link>
          )}
          <span>{st(lang, 'page', { n: res.page ?? 1, total: res.totalPages })}</span>
          {res.hasNextPage && (
            <Link href={`${prefix(lang)}${path}${query(f, (res.page ?? 1) + 1)}`} rel="next">
              {st(lang, 'next')} →
            </Link>
          )}
        </nav>
      )}
    </SiteFrame>
  )
}

export const MaterialPage = async ({ lang, slug }: { lang: SiteLang; slug: string }) => {
  const found = await materialBySlug(lang, slug)
  if (!found) notFound()
  const { material: m, untranslated } = found
  const zhOnly = (f: (typeof untranslated)[number]) => (untranslated.includes(f) ? 'zh-CN' : undefined)
  const related = await relatedMaterials(lang, m)
  const body = m.body ? convertLexicalToHTML({ data: m.body as unknown as SerializedEditorState }) : ''
  const downloads = (m.downloads ?? []).map((d) => ({ file: media(d.file), label: d.label })).filter((d) => d.file?.url)
  return (
    <SiteFrame lang={lang} other={`${lang === 'en' ? '' : '/en'}/materials/${m.slug}`}>
      <article>
        {untranslated.length > 0 && (
          <p className="notice" lang="en" role="note">
            {st('en', 'notTranslated')}
          </p>
        )}
        <p className="meta">
          <Link href={`${prefix(lang)}/materials`}>{st(lang, 'back')}</Link> · {labelOf(materialKindOptions, m.kind as MaterialKind, lang)}
          {m.publishedAt && (
            <>
              {' '}
              · {st(lang, 'published')} <time dateTime={m.publishedAt}>{formatDay(lang, m.publishedAt)}</time>
            </>
          )}
        </p>
        <h1 lang={zhOnly('title')}>{m.title}</h1>
        {m.summary && (
          <p className="lead" lang={zhOnly('summary')}>
            {m.summary}
          </p>
        )}
        <Cover lang={lang} m={m} sizes="(max-width: 48rem) 100vw, 46rem" />
        {body && <div className="body" dangerouslySetInnerHTML={{ __html: body }} lang={zhOnly('body')} />}
        {((m.fraudTypes ?? []).length > 0 || (m.audiences ?? []).length > 0) && (
          <dl className="facts">
            {(m.fraudTypes ?? []).length > 0 && (
              <>
                <dt>{st(lang, 'fraudType')}</dt>
                <dd>{(m.fraudTypes ?? []).map((f) => labelOf(fraudTypeOptions, f as FraudType, lang)).join(lang === 'en' ? ', ' : '、')}</dd>
              </>
            )}
            {(m.audiences ?? []).length > 0 && (
              <>
                <dt>{st(lang, 'audience')}</dt>
                <dd>{(m.audiences ?? []).map((a) => labelOf(audienceOptions, a as Audience, lang)).join(lang === 'en' ? ', ' : '、')}</dd>
              </>
            )}
          </dl>
        )}
        {(downloads.length > 0 || m.videoUrl) && (
          <section aria-labelledby="downloads">
            <h2 id="downloads">{st(lang, 'download')}</h2>
            <ul>
              {downloads.map((d, i) => (
                <li key={i}>
                  <a download href={d.file!.url!}>
                    {d.label || d.file!.filename} ({d.file!.mimeType === 'application/pdf' ? 'PDF' : d.file!.mimeType}, {Math.max(1, Math.round((d.file!.filesize ?? 0) / 1024))} KB)
                  </a>
                </li>
              ))}
              {m.videoUrl && /^https?:\/\//.test(m.videoUrl) && (
                <li>
                  <a href={m.videoUrl} rel="noopener noreferrer">
                    {st(lang, 'video')}
                  </a>
                </li>
              )}
            </ul>
          </section>
        )}
      </article>
      {related.length > 0 && (
        <section aria-labelledby="related">
          <h2 id="related">{st(lang, 'related')}</h2>
          <ul className="cards">
            {related.map((r) => (
              <Card key={r.id} lang={lang} m={r} />
            ))}
          </ul>
        </section>
      )}
    </SiteFrame>
  )
}

/** <title>, description, Open Graph and language alternates of a material page. */
export const materialMetadata = async (lang: SiteLang, slug: string) => {
  const found = await materialBySlug(lang, slug)
  if (!found) return { title: st(lang, 'materials') }
  const { material: m } = found
  const cover = media(m.cover)
  const path = `/materials/${m.slug}`
  return {
    alternates: { canonical: `${prefix(lang)}${path}`, languages: { en: `/en${path}`, 'zh-CN': path } },
    description: m.summary ?? st(lang, 'intro'),
    openGraph: {
      description: m.summary ?? undefined,
      images: cover?.url ? [{ alt: cover.alt || m.title, url: cover.sizes?.card?.url ?? cover.url }] : undefined,
      locale: lang === 'en' ? 'en_US' : 'zh_CN',
      title: m.title,
      type: 'article' as const,
      url: `${prefix(lang)}${path}`,
    },
    title: `${m.title} · ${st(lang, 'siteName')}`,
  }
}
