import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser } from 'playwright-core'

import { locales } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'
import { seedArticles } from '@/seed/articles'
import { ILLUSTRATION_CREDIT, khojalyGallery } from '@/seed/images'
import { khojalyGalleryCaption } from '@/seed/khojalyBody'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/** The newsroom's brand over HTTP and in Chromium: icons, manifest, the admin's logo, SVG uploads, the gallery block. */

type Messages = { Metadata: { siteName: string; shortName: string }; Media: { credit: string } }
const MESSAGES = Object.fromEntries(locales.map((locale) => [locale, JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')) as Messages])) as Record<
  (typeof locales)[number],
  Messages
>
const khojaly = seedArticles.find((article) => article.key === 'khojaly-21st-anniversary')!
const articlePath = (locale: (typeof locales)[number]) => `/${locale}/news/${slugify(khojaly.text[locale].title)}`

let browser: Browser
let token: string

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  browser = await chromium.launch(launchOptions)
})

afterAll(async () => {
  await browser.close()
})

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

async function fetchBytes(path: string): Promise<{ status: number; type: string | null; cache: string | null; bytes: Buffer }> {
  const response = await get(path)
  return { status: response.status, type: response.headers.get('content-type'), cache: response.headers.get('cache-control'), bytes: Buffer.from(await response.arrayBuffer()) }
}

describe('icons and the web manifest', () => {
  it('answers /favicon.ico with an icon holding 16, 32 and 48 px PNGs, revalidated by the browser', async () => {
    const { status, type, cache, bytes } = await fetchBytes('/favicon.ico')
    expect([status, type]).toEqual([200, 'image/x-icon'])
    expect(cache).toMatch(/max-age=\d+/)
    // ICO header: reserved 0, type 1 (icon), then one 16-byte entry per image.
    expect([bytes.readUInt16LE(0), bytes.readUInt16LE(2), bytes.readUInt16LE(4)]).toEqual([0, 1, 3])
    const sizes = [0, 1, 2].map((i) => {
      const entry = 6 + i * 16
      const image = bytes.subarray(bytes.readUInt32LE(entry + 12), bytes.readUInt32LE(entry + 12) + bytes.readUInt32LE(entry + 8))
      return pngSize(image)
    })
    expect(sizes).toEqual([[16, 16], [32, 32], [48, 48]])
  })

  it('links the SVG icon, the apple-touch-icon and the manifest from an article page, and each link answers', async () => {
    const page = await browser.newPage()
    try {
      expect((await page.goto(`${baseURL()}${articlePath('en')}`))?.status()).toBe(200)
      const links = await page.locator('head link[rel="icon"], head link[rel="apple-touch-icon"], head link[rel="manifest"]').evaluateAll((elements) =>
        elements.map((element) => ({ rel: element.getAttribute('rel'), href: element.getAttribute('href') ?? '', type: element.getAttribute('type') })),
      )
      const svg = links.find((link) => link.rel === 'icon' && link.type === 'image/svg+xml')
      const apple = links.find((link) => link.rel === 'apple-touch-icon')
      const manifest = links.find((link) => link.rel === 'manifest')
      expect([svg?.href, apple?.href, manifest?.href]).toEqual([expect.stringMatching(/^\/icon\.svg/), expect.stringMatching(/^\/apple-icon\.png/), '/manifest.webmanifest'])
      expect(links.some((link) => link.rel === 'icon' && link.href.startsWith('/favicon.ico'))).toBe(true)

      const icon = await fetchBytes(svg!.href)
      expect([icon.status, icon.type]).toEqual([200, 'image/svg+xml'])
      expect(icon.bytes.toString('utf8')).toContain('<svg xmlns="http://www.w3.org/2000/svg"')
      const touch = await fetchBytes(apple!.href)
      expect([touch.status, touch.type, pngSize(touch.bytes)]).toEqual([200, 'image/png', [180, 180]])
    } finally {
      await page.close()
    }
  })

  it('serves a manifest with the site name, start URL, colours and 192, 512 and maskable PNG icons', async () => {
    const response = await get('/manifest.webmanifest')
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/manifest+json'])
    const manifest = (await response.json()) as {
      name: string
      short_name: string
      start_url: string
      theme_color: string
      background_color: string
      icons: { src: string; sizes: string; type: string; purpose?: string }[]
    }
    expect(manifest).toMatchObject({
      name: MESSAGES.az.Metadata.siteName,
      short_name: MESSAGES.az.Metadata.shortName,
      start_url: '/',
      theme_color: '#8a1c1c',
      background_color: '#ffffff',
    })
    const png = manifest.icons.filter((icon) => icon.type === 'image/png')
    expect(png.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable'])
    for (const icon of png) {
      const file = await fetchBytes(icon.src)
      const side = Number(icon.sizes.split('x')[0])
      expect([icon.src, file.status, file.type, pngSize(file.bytes)]).toEqual([icon.src, 200, 'image/png', [side, side]])
    }
  })

  it('serves the logo itself as an SVG, revalidated with its ETag', async () => {
    const response = await get('/brand/logo.svg')
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'image/svg+xml'])
    expect(await response.text()).not.toMatch(/<script|<text|href=/i)
    const etag = response.headers.get('etag')
    expect(etag).toBeTruthy()
    // As a browser revalidates (fetch would otherwise add `Cache-Control: no-cache` to a conditional request).
    expect((await get('/brand/logo.svg', { headers: { 'if-none-match': etag!, 'cache-control': 'max-age=0' } })).status).toBe(304)
  })
})

describe('the admin', () => {
  it("shows the newsroom's logo and name on the login page and its icon once logged in", async () => {
    const page = await browser.newPage({ locale: 'en-GB', extraHTTPHeaders: { 'accept-language': 'en' } })
    try {
      await page.goto(`${baseURL()}/admin/login`)
      const logo = page.locator('.newsroom-logo img')
      await logo.waitFor()
      // Drawn, not a broken image: the browser decoded it.
      await expect(logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true)
      await expect(page.locator('.newsroom-logo').textContent()).resolves.toContain(MESSAGES.en.Metadata.siteName)
      // The site settings' logo (the seed uploads the newsroom's), not a file of the admin's own.
      await expect(logo.evaluate((img: HTMLImageElement) => new URL(img.src).pathname)).resolves.toMatch(/^\/api\/media\/file\/newsroom-logo[\w-]*\.svg$/)

      await page.locator('input[name="email"]').fill(ADMIN.email)
      await page.locator('input[name="password"]').fill(ADMIN.password)
      await page.getByRole('button', { name: 'Login' }).click()
      await page.waitForURL(/\/admin$/)
      const icon = page.locator('img.newsroom-icon').first()
      await icon.waitFor()
      await expect(icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true)
      expect(await page.locator('head link[rel="icon"][href^="/icon.svg"]').count()).toBe(1)
    } finally {
      await page.close()
    }
  })
})

describe('SVG uploads', () => {
  const upload = async (svg: string, name: string) => {
    const form = new FormData()
    form.append('file', new Blob([svg], { type: 'image/svg+xml' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Sınaq loqosu' }))
    const response = await get('/api/media?locale=az', { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
    return { status: response.status, json: (await response.json()) as { doc?: { id: number; url: string; filename: string } } }
  }
  const stamp = Date.now().toString(36)
  const countNamed = async (filename: string) =>
    ((await (await get(`/api/media?where[filename][equals]=${filename}&depth=0`, { headers: { authorization: `JWT ${token}` } })).json()) as { totalDocs: number }).totalDocs

  it.each([
    ['a script element', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script><rect width="10" height="10"/></svg>'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><rect width="10" height="10"/></svg>'],
  ])('refuses an SVG with %s (4xx) and keeps nothing', async (_what, svg) => {
    const filename = `hostile-${stamp}-${Math.random().toString(36).slice(2, 8)}.svg`
    const { status } = await upload(svg, filename)
    expect(status).toBeGreaterThanOrEqual(400)
    expect(status).toBeLessThan(500)
    expect(await countNamed(filename)).toBe(0)
  })

  it('accepts a plain SVG and serves it as an image under a policy that runs no script', async () => {
    const { status, json } = await upload('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10" viewBox="0 0 20 10"><rect width="20" height="10" fill="#8a1c1c"/></svg>', `plain-${stamp}.svg`)
    expect(status).toBe(201)
    try {
      const file = await get(new URL(json.doc!.url, baseURL()).pathname)
      expect([file.status, file.headers.get('content-type')]).toEqual([200, 'image/svg+xml'])
      expect(file.headers.get('content-security-policy')).toContain("script-src 'none'")
      expect(file.headers.get('x-content-type-options')).toBe('nosniff')
    } finally {
      await get(`/api/media/${json.doc!.id}`, { method: 'DELETE', headers: { authorization: `JWT ${token}` } })
    }
  })
})

describe('the gallery block on the Khojaly article', () => {
  it.each(locales)('shows three images with alt text, caption and credit, and the gallery caption, in %s', async (locale) => {
    const page = await browser.newPage()
    try {
      expect((await page.goto(`${baseURL()}${articlePath(locale)}`))?.status()).toBe(200)
      const gallery = page.locator('article figure.gallery-block')
      await expect(gallery.count()).resolves.toBe(1)
      const items = await gallery.locator('ul.gallery > li > figure').evaluateAll((figures) =>
        figures.map((figure) => ({ alt: figure.querySelector('img')?.getAttribute('alt'), caption: figure.querySelector('figcaption')?.textContent })),
      )
      const credit = MESSAGES[locale].Media.credit.replace('{credit}', ILLUSTRATION_CREDIT[locale])
      expect(items).toEqual(khojalyGallery.slice(0, 3).map((image) => ({ alt: image.alt[locale], caption: `${image.caption[locale]} · ${credit}` })))
      await expect(gallery.locator(':scope > figcaption').textContent()).resolves.toBe(khojalyGalleryCaption[locale])
      // Every image of the gallery is drawn (its WebP sizes exist), not a broken link.
      // Lazily loaded: each is brought into view, then the browser is given until its deadline to decode them.
      for (const img of await gallery.locator('img').all()) await img.scrollIntoViewIfNeeded()
      await page.waitForFunction(
        () => [...document.querySelectorAll<HTMLImageElement>('figure.gallery-block img')].every((img) => img.complete && img.naturalWidth > 0),
        undefined,
        { timeout: 30_000 },
      )
      await expect(page.locator('article figure.quote blockquote').count()).resolves.toBe(1)
    } finally {
      await page.close()
    }
  })
})
