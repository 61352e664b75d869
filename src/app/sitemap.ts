import type { MetadataRoute } from 'next'

import { env } from '../env'
import { allPublished } from '../site/materials'

export const dynamic = 'force-dynamic'

/** Every public page in both languages, each with its alternate. */
const sitemap = async (): Promise<MetadataRoute.Sitemap> => {
  const base = env.SERVER_URL
  const page = (path: string, lastModified?: string): MetadataRoute.Sitemap[number] => ({
    alternates: { languages: { en: `${base}/en${path}`, 'zh-CN': `${base}${path}` } },
    lastModified,
    url: `${base}${path}`,
  })
  const materials = (await allPublished('zh')).filter((m) => m.slug)
  return [page('/'), page('/materials'), ...materials.map((m) => page(`/materials/${m.slug}`, m.updatedAt))]
}

export default sitemap
