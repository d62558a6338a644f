import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { FILE_ROUTES, SLUG_ROUTES, STATIC_ROUTES } from '@/lib/routeExists'

/** Every page or route handler folder under app/(frontend)/[locale], as a path pattern. */
function appRoutes(dir = path.join(process.cwd(), 'app/(frontend)/[locale]'), prefix = ''): string[] {
  const entries = fs.readdirSync(dir, { withFileTypes: true })
  const here = entries.some((e) => e.isFile() && /^(page|route)\.tsx?$/.test(e.name)) ? [prefix] : []
  return [
    ...here,
    ...entries.filter((e) => e.isDirectory()).flatMap((e) => appRoutes(path.join(dir, e.name), prefix ? `${prefix}/${e.name}` : e.name)),
  ]
}

describe('the proxy’s list of public routes', () => {
  it('matches the pages in app/(frontend)/[locale]', () => {
    const expected = [
      ...STATIC_ROUTES,
      ...Object.keys(SLUG_ROUTES).map((route) => `${route}/[slug]`),
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
    for (const route of FILE_ROUTES) expect(`/az/${route.replace('[slug]', 'some-slug')}`).toMatch(skippedByProxy)
  })
})
