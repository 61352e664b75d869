import { escapeHtml } from '../mail/send'
import { prefix, st, type SiteLang } from './i18n'
import { allPublished } from './materials'

/** An Atom feed of the newest published materials. */
export const atomFeed = async (lang: SiteLang, origin: string): Promise<Response> => {
  const docs = (await allPublished(lang, 50)).filter((m) => m.slug)
  const base = `${origin}${prefix(lang)}`
  const updated = docs[0]?.publishedAt ?? docs[0]?.updatedAt ?? new Date(0).toISOString()
  const entries = docs
    .map((m) => {
      const url = `${base}/materials/${m.slug}`
      return `  <entry>
    <title>${escapeHtml(m.title)}</title>
    <link href="${escapeHtml(url)}"/>
    <id>${escapeHtml(url)}</id>
    <updated>${m.updatedAt}</updated>
    <published>${m.publishedAt ?? m.createdAt}</published>
    ${m.summary ? `<summary>${escapeHtml(m.summary)}</summary>` : ''}
  </entry>`
    })
    .join('\n')
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang === 'en' ? 'en' : 'zh-CN'}">
  <title>${escapeHtml(st(lang, 'materials'))}</title>
  <link href="${escapeHtml(base)}/materials"/>
  <link rel="self" href="${escapeHtml(base)}/feed.xml"/>
  <id>${escapeHtml(base)}/feed.xml</id>
  <updated>${updated}</updated>
${entries}
</feed>
`
  return new Response(xml, { headers: { 'Cache-Control': 'public, max-age=300', 'Content-Type': 'application/atom+xml; charset=utf-8' } })
}
