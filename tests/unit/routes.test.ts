import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { absoluteUrl, getPathname } from '@/i18n/navigation'
import { DOCUMENT_ROUTE, documentHref, pathnames, ROUTES } from '@/i18n/routes'
import { DAY_ROUTES, FILE_ROUTES, PAGED_ROUTES, PAGED_STATIC_ROUTES, publicRoutePath, SLUG_ROUTES, STATIC_ROUTES, TODAY_ROUTES } from '@/lib/publicRoutes'

/** Every page or route handler folder under app/(frontend)/[locale], as a path pattern. */
function appRoutes(dir = path.join(process.cwd(), 'app/(frontend)/[locale]'), prefix = ''): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true })
  const here = entries.some((e) => e.isFile() && /^(page|route)\.tsx?$/.test(e.name)) ? [prefix] : []
  return [...here, ...entries.filter((e) => e.isDirectory()).flatMap((e) => appRoutes(path.join(dir, e.name), prefix ? `${prefix}/${e.name}` : e.name))]
}

describe('the proxy’s list of public routes', () => {
  it('matches the pages in app/(frontend)/[locale]', () => {
    const expected = [
      ...STATIC_ROUTES.map((route) => (PAGED_STATIC_ROUTES.includes(route) ? `${route}/[[...page]]` : route)),
      ...Object.keys(SLUG_ROUTES).map((route) => `${route}/[slug]${PAGED_ROUTES.includes(route as keyof typeof SLUG_ROUTES) ? '/[[...page]]' : ''}`),
      ...DAY_ROUTES.map((route) => `${route}/[day]`),
      ...FILE_ROUTES,
      // Answered by the proxy's rewrites only, never reached directly:
      '[...rest]',
      'page-not-found',
    ]
    expect(appRoutes().sort()).toEqual([...expected].sort())
  })

  it('has only dotted file routes outside the proxy’s checks, which its matcher skips', () => {
    // proxy.ts: matcher '/((?!api(?:/|$)|admin(?:/|$)|_next/|_vercel/|.*\\..*).*)'
    const skippedByProxy = /^\/(?:.*\..*)$/
    for (const route of FILE_ROUTES) expect(`/az/${route.replace('[slug]', 'some-slug').replace('[file]', '1.xml')}`).toMatch(skippedByProxy)
  })
})

describe('where the proxy renders a public path', () => {
  it('keeps page 1 and pageless paths as they are', () => {
    expect(publicRoutePath(['news', 'a-slug'], null)).toEqual(['news', 'a-slug'])
    expect(publicRoutePath(['category', 'history'], '1')).toEqual(['category', 'history'])
    expect(publicRoutePath([''], null)).toEqual([''])
    expect(publicRoutePath(['search'], '3')).toEqual(['search'])
  })

  it('moves ?page=N of paged routes into the page segment', () => {
    expect(publicRoutePath(['news', 'a-slug'], '2')).toEqual(['news', 'a-slug', '2'])
    expect(publicRoutePath(['tag', 'khojaly'], '12')).toEqual(['tag', 'khojaly', '12'])
    expect(publicRoutePath(['corrections'], '2')).toEqual(['corrections', '2'])
    expect(publicRoutePath(['corrections'], '1')).toEqual(['corrections'])
  })

  it('refuses other shapes: unpaged routes with a page, bad numbers, extra or internal segments', () => {
    expect(publicRoutePath(['remembrance', 'khojaly'], '2')).toBeNull()
    expect(publicRoutePath(['news', 'a-slug'], '0')).toBeNull()
    expect(publicRoutePath(['news', 'a-slug'], 'abc')).toBeNull()
    expect(publicRoutePath(['search'], '-1')).toBeNull()
    expect(publicRoutePath(['corrections'], 'abc')).toBeNull()
    expect(publicRoutePath(['corrections', '2'], null)).toBeNull()
    // The page segment is reachable only through the proxy's rewrite, never typed in.
    expect(publicRoutePath(['news', 'a-slug', '2'], null)).toBeNull()
    expect(publicRoutePath(['news', '..'], null)).toBeNull()
    expect(publicRoutePath(['nothing-here'], null)).toBeNull()
  })
})

describe('where the server renders "on this day"', () => {
  // 20:30 UTC on 25 February is already 26 February in Baku (UTC+4).
  const evening = new Date('2026-02-25T20:30:00Z')

  it('renders today’s page as the day’s page in the newsroom’s zone', () => {
    expect(TODAY_ROUTES).toEqual(['on-this-day'])
    for (const route of TODAY_ROUTES) expect(DAY_ROUTES).toContain(route)
    expect(publicRoutePath(['on-this-day'], null, evening)).toEqual(['on-this-day', '02-26'])
    expect(publicRoutePath(['on-this-day'], '1', new Date('2026-02-25T19:59:59Z'))).toEqual(['on-this-day', '02-25'])
    expect(publicRoutePath(['on-this-day'], '2', evening)).toBeNull()
  })

  it('keeps a real day of the year, 29 February included, and refuses any other', () => {
    expect(publicRoutePath(['on-this-day', '02-26'], null)).toEqual(['on-this-day', '02-26'])
    expect(publicRoutePath(['on-this-day', '02-29'], null)).toEqual(['on-this-day', '02-29'])
    expect(publicRoutePath(['on-this-day', '12-31'], null)).toEqual(['on-this-day', '12-31'])
    for (const day of ['02-30', '04-31', '13-01', '00-10', '01-00', '2-26', '02-26x', 'foo', '']) expect(publicRoutePath(['on-this-day', day], null)).toBeNull()
    expect(publicRoutePath(['on-this-day', '02-26'], '2')).toBeNull()
    expect(publicRoutePath(['on-this-day', '02-26', 'x'], null)).toBeNull()
  })
})

describe('the route table', () => {
  it('maps each path to itself in every language (only slugs are localized)', () => {
    for (const [internal, external] of Object.entries(pathnames)) expect(external).toBe(internal)
    expect(Object.keys(pathnames).sort()).toEqual(Object.keys(ROUTES).sort())
  })

  it('names each collection readers reach by slug once, with the proxy’s slug routes agreeing', () => {
    expect(DOCUMENT_ROUTE).toEqual({
      articles: '/news/[slug]',
      'remembrance-events': '/remembrance/[slug]',
      categories: '/category/[slug]',
      tags: '/tag/[slug]',
      authors: '/author/[slug]',
      pages: '/page/[slug]',
    })
    for (const [collection, path] of Object.entries(DOCUMENT_ROUTE)) expect(SLUG_ROUTES[path.split('/')[1] as keyof typeof SLUG_ROUTES]).toBe(collection)
  })

  it('gives the same addresses as before: language prefix, slug, query', () => {
    expect(getPathname({ locale: 'az', href: '/' })).toBe('/az')
    expect(getPathname({ locale: 'en', href: documentHref('articles', 'a-slug') })).toBe('/en/news/a-slug')
    expect(getPathname({ locale: 'ru', href: documentHref('remembrance-events', 'khojaly') })).toBe('/ru/remembrance/khojaly')
    expect(getPathname({ locale: 'az', href: { ...documentHref('categories', 'history'), query: { page: '2' } } })).toBe('/az/category/history?page=2')
    expect(getPathname({ locale: 'en', href: documentHref('tags', 'khojaly') })).toBe('/en/tag/khojaly')
    expect(getPathname({ locale: 'ru', href: { pathname: '/search', query: { q: 'a b&c', page: '2' } } })).toBe('/ru/search?q=a+b%26c&page=2')
    expect(absoluteUrl('https://news.example.az', 'en', { pathname: '/remembrance/[slug]/rss.xml', params: { slug: 'k' } })).toBe(
      'https://news.example.az/en/remembrance/k/rss.xml',
    )
  })
})
