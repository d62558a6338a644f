import { get } from './env'

/** The addresses an index lists, as paths (the sitemaps name the configured origin). */
export function indexedPaths(indexXml: string): string[] {
  return [...indexXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
}

/**
 * A language's sitemap as a crawler reads it: its index (/{locale}/sitemap.xml), then each numbered file the
 * index lists, the files' texts joined.
 */
export async function languageSitemapText(locale: string): Promise<string> {
  const index = await get(`/${locale}/sitemap.xml`)
  if (index.status !== 200) throw new Error(`/${locale}/sitemap.xml answered ${index.status}`)
  const files = await Promise.all(indexedPaths(await index.text()).map(async (path) => (await get(path)).text()))
  return files.join('\n')
}
