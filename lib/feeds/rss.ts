import { element } from './xml'

/** RSS 2.0 documents (with the Atom self link and Media RSS for images), built from plain data. */

export type FeedImage = { url: string; type: string; width?: number | null; height?: number | null; length?: number | null }

export type RssItem = {
  title: string
  link: string
  /** The full standfirst, as plain text. */
  description?: string | null
  /** ISO 8601. */
  publishedAt: string
  categories: string[]
  image?: FeedImage | null
}

export type RssChannel = {
  title: string
  link: string
  description: string
  /** BCP 47 language of the channel (az, en, ru). */
  language: string
  /** The feed's own absolute URL (atom:link rel="self"). */
  selfUrl: string
  items: RssItem[]
}

/** RFC 822 date, as RSS 2.0 requires ("Wed, 25 Nov 2026 08:00:00 GMT"). */
export function rfc822(iso: string): string {
  return new Date(iso).toUTCString()
}

function item(entry: RssItem): string {
  const image = entry.image
  return element('item', {}, [
    element('title', {}, entry.title),
    element('link', {}, entry.link),
    element('guid', { isPermaLink: 'true' }, entry.link),
    element('pubDate', {}, rfc822(entry.publishedAt)),
    ...(entry.description ? [element('description', {}, entry.description)] : []),
    ...entry.categories.map((name) => element('category', {}, name)),
    // enclosure requires a length in bytes: only written when the upload recorded one.
    ...(image?.length ? [element('enclosure', { url: image.url, type: image.type, length: image.length })] : []),
    ...(image ? [element('media:content', { url: image.url, type: image.type, medium: 'image', width: image.width, height: image.height })] : []),
  ])
}

export function renderRss(channel: RssChannel): string {
  const newest = channel.items[0]?.publishedAt
  return element(
    'rss',
    { version: '2.0', 'xmlns:atom': 'http://www.w3.org/2005/Atom', 'xmlns:media': 'http://search.yahoo.com/mrss/' },
    [
      element('channel', {}, [
        element('title', {}, channel.title),
        element('link', {}, channel.link),
        element('description', {}, channel.description),
        element('language', {}, channel.language),
        element('atom:link', { href: channel.selfUrl, rel: 'self', type: 'application/rss+xml' }),
        ...(newest ? [element('lastBuildDate', {}, rfc822(newest))] : []),
        ...channel.items.map(item),
      ]),
    ],
  )
}
