import { absoluteUrl } from '@/i18n/navigation'
import { DOCUMENT_ROUTE, type RoutedCollection } from '@/i18n/routes'
import { everyLocale, hreflangAlternates } from '@/lib/seo/hreflang'
import { SLUG_MAX_LENGTH } from '@/lib/slugify'

import { renderUrlset, type SitemapUrl } from './sitemapXml'
import { XML_DECLARATION } from './xml'

/**
 * How a language's sitemap is cut into numbered files. The limits are the sitemap protocol's (sitemaps.org: at most
 * 50,000 URLs and 50 MB uncompressed per file) and Google News' (1,000 URLs per news sitemap), written here once.
 */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024, newsUrls: 1_000 } as const

/** Documents are read and cached in chunks of this many: Next's data cache refuses entries over 2 MB. */
export const SITEMAP_CHUNK = 1_000

/**
 * URLs per file under `limits` when the file's envelope and each entry take at most these many bytes, rounded down to
 * a thousand.
 */
export function urlsPerFile({ urls, bytes }: { urls: number; bytes: number }, envelopeBytes: number, maxUrlBytes: number): number {
  const fitting = Math.min(urls, Math.floor((bytes - envelopeBytes) / maxUrlBytes))
  if (fitting < 1_000) throw new Error(`A sitemap file cannot hold even 1,000 URLs of ${maxUrlBytes} bytes`)
  return fitting - (fitting % 1_000)
}

/** The longest <url> entry this site can have: every language's link with the longest route and slug, and a lastmod. */
function longestUrl(origin: string): SitemapUrl {
  const slug = 'x'.repeat(SLUG_MAX_LENGTH)
  const hrefs = Object.keys(DOCUMENT_ROUTE).map((collection) => absoluteUrl(origin, 'az', { pathname: DOCUMENT_ROUTE[collection as RoutedCollection], params: { slug } }))
  const href = hrefs.reduce((a, b) => (b.length > a.length ? b : a))
  const sameEverywhere = Object.fromEntries(Object.keys(everyLocale(origin, '/')).map((locale) => [locale, href]))
  return { loc: href, lastmod: new Date(0).toISOString(), alternates: hreflangAlternates(sameEverywhere) }
}

/**
 * URLs per file on this origin: the protocol's limits, with the byte limit taken at the longest possible entry, or
 * SITEMAP_URLS_PER_FILE when that is lower (the browser tests split their small site into many files with it).
 */
export function sitemapUrlsPerFile(origin: string, env: Record<string, string | undefined> = process.env): number {
  const envelope = Buffer.byteLength(XML_DECLARATION + renderUrlset([]))
  const entry = Buffer.byteLength(XML_DECLARATION + renderUrlset([longestUrl(origin)])) - envelope
  const limit = urlsPerFile(SITEMAP_LIMITS, envelope, entry)
  const configured = Number(env.SITEMAP_URLS_PER_FILE)
  return Number.isInteger(configured) && configured > 0 ? Math.min(configured, limit) : limit
}

/** One source's run of URLs inside a file: entries [start, start + count) of that source, in its order. */
export type FileSlice<S extends string> = { source: S; start: number; count: number }

/**
 * The files of one language, in order, from how many URLs each source has. Each source is cut into pages of
 * `perFile` at multiples of `perFile`, so a file's run of a source starts at a position known from counts alone; a
 * full page is a file of its own and the partial ones are packed in order into as few files as fit. New
 * documents (highest ids) land in the last pages, so the earlier files rarely change.
 */
export function planSitemapFiles<S extends string>(counts: readonly { source: S; count: number }[], perFile: number): FileSlice<S>[][] {
  const files: FileSlice<S>[][] = []
  let open: FileSlice<S>[] = []
  let used = 0
  for (const { source, count } of counts) {
    for (let start = 0; start < count; start += perFile) {
      const slice = { source, start, count: Math.min(perFile, count - start) }
      if (used + slice.count > perFile) {
        files.push(open)
        open = []
        used = 0
      }
      open.push(slice)
      used += slice.count
    }
  }
  // An empty language still has one (empty) file, so its index is never empty.
  if (open.length > 0 || files.length === 0) files.push(open)
  return files
}

/** A file's number from its last path segment (`3.xml`); null for anything else, 0 and leading zeros included. */
export function parseSitemapFile(segment: string): number | null {
  const match = /^([1-9][0-9]{0,5})\.xml$/.exec(segment)
  return match ? Number(match[1]) : null
}
