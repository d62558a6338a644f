import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { chromium, type Browser } from 'playwright-core'

import { launchOptions } from './browser'
import { ADMIN, baseURL, get } from './env'

/** Attacks a reader or an outsider could try, over HTTP against the running portal. */

type Doc = { id: number; [key: string]: unknown }
let token: string
let browser: Browser

const api = (path: string, init: RequestInit = {}) =>
  get(`/api${path}`, { ...init, headers: { authorization: `JWT ${token}`, 'content-type': 'application/json', ...init.headers } })

beforeAll(async () => {
  const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
  token = ((await login.json()) as { token: string }).token
  browser = await chromium.launch(launchOptions)
})

afterAll(async () => {
  await browser.close()
})

const COMMON = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

describe('security headers', () => {
  it.each(['/az', '/en/remembrance', '/ru/search?q=test', '/de', '/az/news/no-such-article'])('a public page (%s) has a nonce policy without unsafe-inline scripts', async (path) => {
    const response = await get(path)
    for (const [name, value] of Object.entries(COMMON)) expect(response.headers.get(name)).toBe(value)
    expect(response.headers.get('permissions-policy')).toContain('camera=()')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    const policy = response.headers.get('content-security-policy') ?? ''
    const scripts = /script-src ([^;]+)/.exec(policy)?.[1] ?? ''
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}'/)
    expect(scripts).not.toContain('unsafe-inline')
    expect(scripts).not.toContain('unsafe-eval')
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    // Every executable inline script carries the policy's nonce: a page rendered now has this request's, a cached
    // page the one it was rendered with (server/pages.ts); a page rendered per request gets another each time.
    const nonce = /'nonce-([^']+)'/.exec(scripts)![1]
    const html = await response.text()
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
      if (/type="application\/(ld\+)?json"/.test(tag)) continue
      expect([tag, tag.includes(`nonce="${nonce}"`)]).toEqual([tag, true])
    }
    if (/no-store|private/.test(response.headers.get('cache-control') ?? '')) {
      expect((await get(path)).headers.get('content-security-policy')).not.toBe(policy)
    }
  })

  it('gives a page rendered per request a fresh nonce on every request', async () => {
    const policies = await Promise.all([get('/ru/search?q=test'), get('/ru/search?q=test')].map(async (r) => (await r).headers.get('content-security-policy')))
    expect(policies[0]).toMatch(/'nonce-/)
    expect(policies[1]).not.toBe(policies[0])
  })

  it.each(['/api/articles?limit=1', '/az/rss.xml', '/sitemap.xml', '/robots.txt', '/admin/login'])('%s has the common headers', async (path) => {
    const response = await get(path)
    for (const [name, value] of Object.entries(COMMON)) expect(response.headers.get(name)).toBe(value)
    expect(response.headers.get('x-powered-by')).toBeNull()
  })

  it('gives the admin its own policy, framable only by itself', async () => {
    const response = await get('/admin/login')
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'")
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN')
  })

  it('sends HSTS only when the request came over https', async () => {
    expect((await get('/az')).headers.get('strict-transport-security')).toBeNull()
    const https = await get('/az', { headers: { 'x-forwarded-proto': 'https' } })
    expect(https.headers.get('strict-transport-security')).toMatch(/^max-age=\d{7,}/)
  })

  it('serves static files with the common headers', async () => {
    const html = await (await get('/az')).text()
    const asset = /(\/_next\/static\/[^"']+\.js)/.exec(html)?.[1]
    expect(asset).toBeDefined()
    const response = await get(asset!)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('lets the browser load every resource of the home, an article and the admin without a CSP violation', async () => {
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to (load|execute|apply)/i.test(message.text())) violations.push(message.text())
    })
    await page.goto(`${baseURL()}/az`)
    await page.locator('main a[href*="/news/"]').first().click()
    await page.waitForURL(/\/news\//)
    await page.locator('#review-form button[type="submit"]').waitFor()
    await page.goto(`${baseURL()}/admin/login`)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL(/\/admin$/)
    await page.goto(`${baseURL()}/admin/collections/articles/create`)
    await page.locator('#field-title').waitFor()
    expect(violations).toEqual([])
    await page.close()
  })
})

describe('hardened API', () => {
  it('has GraphQL turned off', async () => {
    const response = await get('/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Articles { docs { id } } }' }) })
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('never populates relations deeper than 3 levels, whatever depth is asked for', async () => {
    let previous: number | undefined
    const ids: number[] = []
    for (let i = 0; i < 5; i++) {
      const response = await api('/articles?locale=az', {
        method: 'POST',
        body: JSON.stringify({ title: `Zəncir məqaləsi ${Date.now()}-${i}`, _status: 'published', relatedArticles: previous ? [previous] : [] }),
      })
      previous = ((await response.json()) as { doc: Doc }).doc.id
      ids.push(previous)
    }
    const response = await get(`/api/articles/${ids[4]}?depth=25&locale=az`)
    expect(response.status).toBe(200)
    type Linked = { relatedArticles?: (Linked | number)[] }
    let node: Linked | number = (await response.json()) as Linked
    let depth = 0
    while (typeof node === 'object' && node.relatedArticles?.length) {
      node = node.relatedArticles[0]
      depth += typeof node === 'object' ? 1 : 0
    }
    expect(depth).toBe(3)
  })

  it('answers malformed and oversized JSON with a client error, never a 500', async () => {
    const malformed = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"email":' })
    expect(malformed.status).toBeGreaterThanOrEqual(400)
    expect(malformed.status).toBeLessThan(500)
    // Refused before its body is read: the server may close the connection while the client is still writing
    // (EPIPE or a reset), which is refused all the same; otherwise the answer is a 4xx.
    const huge = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(2 * 1024 * 1024) }) })
      .then((response) => response.status)
      .catch((error: unknown) => {
        const code = (error as { cause?: { code?: string } }).cause?.code
        if (code === 'EPIPE' || code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'reset' as const
        throw error
      })
    if (huge !== 'reset') {
      expect(huge).toBeGreaterThanOrEqual(400)
      expect(huge).toBeLessThan(500)
    }
    const asStaff = await api('/articles', { method: 'POST', body: '[[[' })
    expect(asStaff.status).toBeGreaterThanOrEqual(400)
    expect(asStaff.status).toBeLessThan(500)
  })
})

describe('uploads', () => {
  const upload = async (name: string, type: string, body: BlobPart) => {
    const form = new FormData()
    form.append('file', new Blob([body], { type }), name)
    form.append('_payload', JSON.stringify({ alt: 'Sınaq' }))
    return get('/api/media?locale=az', { method: 'POST', headers: { authorization: `JWT ${token}` }, body: form })
  }
  /**
   * The server answers an oversized upload before reading it all and drops the connection; sent on a
   * connection of its own so no later request reuses that socket. When the drop overtakes the answer
   * (the client is still writing; a TCP reset discards what it had not read yet), the result is 'reset':
   * refused all the same, and the caller checks that nothing was stored.
   */
  const uploadOnOwnConnection = async (name: string, bytes: Uint8Array<ArrayBuffer>): Promise<number | 'reset'> => {
    const form = new FormData()
    form.append('file', new Blob([bytes], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify({ alt: 'Sınaq' }))
    const encoded = new Response(form)
    const body = Buffer.from(await encoded.arrayBuffer())
    return new Promise<number | 'reset'>((resolve, reject) => {
      const request = http.request(
        `${baseURL()}/api/media?locale=az`,
        { method: 'POST', agent: false, headers: { authorization: `JWT ${token}`, 'content-type': encoded.headers.get('content-type')!, 'content-length': body.length } },
        (response) => {
          response.resume()
          resolve(response.statusCode ?? 0)
        },
      )
      // The server may close its side while the body is still being written.
      request.on('error', (error) => (['ECONNRESET', 'EPIPE'].includes((error as NodeJS.ErrnoException).code ?? '') ? resolve('reset') : reject(error)))
      request.end(body)
    })
  }
  const count = async () => ((await (await api('/media?limit=1')).json()) as { totalDocs: number }).totalDocs

  it('refuses SVG, non-images dressed as images, and files over the size limit, storing nothing', async () => {
    const before = await count()
    const svg = await upload('logo.svg', 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>')
    expect(svg.status).toBe(400)
    const disguised = await upload('photo.png', 'image/png', '<html><script>alert(1)</script></html>')
    expect(disguised.status).toBe(400)
    expect([413, 'reset']).toContain(await uploadOnOwnConnection('big.png', new Uint8Array(16 * 1024 * 1024)))
    expect(await count()).toBe(before)
  })
})

describe('attacks through addresses', () => {
  it.each([
    '/az/news/..%2F..%2Fetc%2Fpasswd',
    '/az/news/%2e%2e%2f%2e%2e%2fpackage.json',
    '/az/category/..%5C..%5Cwindows',
    '/az/tag/%00',
  ])('answers a traversal slug (%s) with a 404 page', async (path) => {
    const response = await get(path)
    expect(response.status).toBe(404)
  })

  it.each(['/api/media/file/..%2F..%2Fpayload.config.ts', '/api/media/file/%2e%2e%2f%2e%2e%2fpackage.json', '/api/media/file/..%2F.payload-secret'])(
    'serves no file outside the media folder (%s)',
    async (path) => {
      const response = await get(path)
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      const body = await response.text()
      expect(body).not.toContain('buildConfig')
      expect(body).not.toContain('"dependencies"')
    },
  )

  it.each(['/az/preview/exit?to=https://evil.example/', '/az/preview/exit?to=//evil.example/', '/az/preview/exit?to=/az/%2F%2Fevil.example', '//evil.example/', '/%2F%2Fevil.example'])(
    'never redirects off the site (%s)',
    async (path) => {
      const response = await get(path)
      const location = response.headers.get('location')
      if (location) expect(new URL(location, baseURL()).origin).toBe(baseURL())
    },
  )

  it('shows search terms as text, never as markup', async () => {
    const html = await (await get(`/en/search?q=${encodeURIComponent('<script>alert(1)</script>"><img src=x onerror=alert(2)>')}`)).text()
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).not.toContain('<img src=x onerror')
  })

  it('does not follow a login redirect to another site', async () => {
    const page = await browser.newPage()
    await page.goto(`${baseURL()}/admin/login?redirect=${encodeURIComponent('https://evil.example/steal')}`)
    await page.locator('input[name="email"]').fill(ADMIN.email)
    await page.locator('input[name="password"]').fill(ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForLoadState('networkidle')
    expect(new URL(page.url()).origin).toBe(baseURL())
    await page.close()
  })
})
