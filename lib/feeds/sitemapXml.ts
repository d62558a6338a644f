import { element } from './xml'

/** Sitemap protocol 0.9 documents, with hreflang alternates and Google News entries. */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

export type Alternate = { hreflang: string; href: string }

export type SitemapUrl = { loc: string; lastmod?: string | null; alternates: Alternate[] }

export function renderSitemapIndex(sitemaps: { loc: string; lastmod?: string | null }[]): string {
  return element(
    'sitemapindex',
    { xmlns: SITEMAP_NS },
    sitemaps.map((sitemap) =>
      element('sitemap', {}, [element('loc', {}, sitemap.loc), ...(sitemap.lastmod ? [element('lastmod', {}, sitemap.lastmod)] : [])]),
    ),
  )
}

export function renderUrlset(urls: SitemapUrl[]): string {
  return element(
    'urlset',
    { xmlns: SITEMAP_NS, 'xmlns:xhtml': 'http://www.w3.org/1999/xhtml' },
    urls.map((url) =>
      element('url', {}, [
        element('loc', {}, url.loc),
        ...(url.lastmod ? [element('lastmod', {}, url.lastmod)] : []),
        ...url.alternates.map((alternate) => element('xhtml:link', { rel: 'alternate', hreflang: alternate.hreflang, href: alternate.href })),
      ]),
    ),
  )
}

export type NewsEntry = { loc: string; publicationName: string; language: string; publishedAt: string; title: string }

export function renderNewsSitemap(entries: NewsEntry[]): string {
  return element(
    'urlset',
    { xmlns: SITEMAP_NS, 'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' },
    entries.map((entry) =>
      element('url', {}, [
        element('loc', {}, entry.loc),
        element('news:news', {}, [
          element('news:publication', {}, [element('news:name', {}, entry.publicationName), element('news:language', {}, entry.language)]),
          element('news:publication_date', {}, entry.publishedAt),
          element('news:title', {}, entry.title),
        ]),
      ]),
    ),
  )
}
