import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from '@jest/globals'

import { csrfOrigins } from '@/lib/configuredOrigin.mjs'
import { bodyLimitFor, MAX_ADMIN_ACTION_BYTES, MAX_REVIEW_REQUEST_BYTES, MAX_UPLOAD_BYTES } from '@/lib/requestLimits.mjs'
import { createRequestListener, inviteWelcomeBodies } from '@/server/pipeline'
import { isFromThisSite, refusalFor, routePath } from '@/server/requestGuard'

const SITE = 'https://news.example.az'
const HOST = { host: 'news.example.az' }
const KB = 1024

type Headers = Record<string, string | undefined>
const refusal = (method: string, url: string, headers: Headers, allowed: string[] = []) => refusalFor({ method, url, headers: { ...HOST, ...headers } }, allowed)?.status ?? null

describe('body limits by route', () => {
  it.each([
    ['POST', '/api/media', MAX_UPLOAD_BYTES + 512 * KB],
    ['PATCH', '/api/media/42', MAX_UPLOAD_BYTES + 512 * KB],
    ['POST', '/api/users/login', 8 * KB],
    ['POST', '/api/users/forgot-password', 8 * KB],
    ['POST', '/api/users/reset-password', 8 * KB],
    ['POST', '/api/users/unlock', 8 * KB],
    ['POST', '/api/users/refresh-token', 8 * KB],
    ['POST', '/api/reviews/submit', MAX_REVIEW_REQUEST_BYTES],
    ['PATCH', '/api/articles/7', 2 * 1024 * KB],
    ['PATCH', '/api/media', 2 * 1024 * KB],
    ['DELETE', '/api/media/42', 2 * 1024 * KB],
    ['POST', '/admin/collections/articles/7', MAX_ADMIN_ACTION_BYTES],
    ['POST', '/az/news/some-article', 64 * KB],
    ['POST', '/', 64 * KB],
  ])('%s %s accepts at most %d bytes', (method, path, maxBytes) => {
    expect(bodyLimitFor(method, path).maxBytes).toBe(maxBytes)
  })

  it('keeps the review limit at 32 kB and uploads at 15 MB plus the form', () => {
    expect(MAX_REVIEW_REQUEST_BYTES).toBe(32 * KB)
    expect(MAX_UPLOAD_BYTES).toBe(15 * 1024 * KB)
  })
})

describe('the route a path is matched as', () => {
  it.each([
    ['/api/users/login?locale=az', '/api/users/login'],
    ['/api/users/%6Cogin', '/api/users/login'],
    ['//api//users/login', '/api/users/login'],
    ['/admin/../api/users/login', '/api/users/login'],
    ['/az/%E0%A4%A', '/az/%E0%A4%A'],
  ])('%s is %s', (url, path) => {
    expect(routePath(url)).toBe(path)
  })

  it('gives an escaped login path the login limit, not the API one', () => {
    expect(refusal('POST', '/api/users/%6Cogin', { 'content-length': String(9 * KB) })).toBe(413)
  })
})

describe('same-site test for state-changing requests', () => {
  it.each<[string, Headers, boolean]>([
    ['no Origin, no Sec-Fetch-Site (curl, servers)', {}, true],
    ['the page’s own origin', { origin: SITE }, true],
    ['the same host over another port', { origin: 'https://news.example.az:8443' }, false],
    ['another site', { origin: 'https://evil.example' }, false],
    ['a look-alike', { origin: 'https://news.example.az.evil.example' }, false],
    ['Origin: null', { origin: 'null' }, false],
    ['a malformed Origin', { origin: 'not a url' }, false],
    ['no Origin, Sec-Fetch-Site: cross-site', { 'sec-fetch-site': 'cross-site' }, false],
    ['no Origin, Sec-Fetch-Site: same-origin', { 'sec-fetch-site': 'same-origin' }, true],
  ])('%s', (_, headers, expected) => {
    expect(isFromThisSite({ ...HOST, ...headers }, [])).toBe(expected)
  })

  it('compares the Origin with the Host the request was sent to, default ports included', () => {
    expect(isFromThisSite({ host: 'news.example.az:443', origin: SITE }, [])).toBe(true)
    expect(isFromThisSite({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000' }, [])).toBe(true)
    expect(isFromThisSite({ origin: SITE }, [])).toBe(false)
    expect(isFromThisSite({ host: 'news.example.az/@evil', origin: SITE }, [])).toBe(false)
  })

  it('accepts the configured origin (SERVER_URL) behind a proxy that rewrites Host', () => {
    const allowed = csrfOrigins({ SERVER_URL: `${SITE}/` })
    expect(isFromThisSite({ host: 'portal-1:3000', origin: SITE }, allowed)).toBe(true)
    expect(isFromThisSite({ host: 'portal-1:3000', origin: 'https://evil.example' }, allowed)).toBe(false)
  })
})

describe('what the guard refuses', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE'])('a cross-origin %s (403), login included', (method) => {
    expect(refusal(method, '/api/users/login', { origin: 'https://evil.example' })).toBe(403)
  })

  it.each(['GET', 'HEAD', 'OPTIONS'])('not a cross-origin %s: it changes nothing', (method) => {
    expect(refusal(method, '/api/articles', { origin: 'https://evil.example' })).toBeNull()
  })

  it.each(['TRACE', 'PROPFIND', 'SEARCH', 'FOO'])('%s, a method no route answers (405)', (method) => {
    expect(refusal(method, '/az', {})).toBe(405)
  })

  it('a body over its route’s limit (413), whoever sends it, and not one at the limit', () => {
    expect(refusal('POST', '/api/users/login', { 'content-length': String(8 * KB + 1) })).toBe(413)
    expect(refusal('POST', '/api/users/login', { 'content-length': String(8 * KB), authorization: 'JWT x' })).toBeNull()
    expect(refusal('POST', '/api/articles', { 'content-length': String(2 * 1024 * KB + 1), authorization: 'JWT x' })).toBe(413)
    expect(refusal('POST', '/az/news/x', { 'content-length': String(64 * KB + 1), 'next-action': 'abc', origin: SITE })).toBe(413)
  })

  it('a body of unknown length (411): it would have to be read to be measured', () => {
    expect(refusal('POST', '/api/articles', { 'transfer-encoding': 'chunked' })).toBe(411)
  })

  it('closes the connection unread only when the body is not acceptable; a bounded one is read and dropped', () => {
    const close = (headers: Headers) => refusalFor({ method: 'POST', url: '/api/users/login', headers: { ...HOST, ...headers } }, [])?.close
    expect(close({ origin: 'https://evil.example', 'content-length': '200' })).toBe(false)
    expect(close({ origin: 'https://evil.example', 'content-length': String(100 * 1024 * KB) })).toBe(true)
    expect(close({ origin: 'https://evil.example', 'transfer-encoding': 'chunked' })).toBe(true)
    expect(close({ 'content-length': String(9 * KB) })).toBe(true)
  })

  it('lets a small same-site request through', () => {
    expect(refusal('POST', '/api/users/login', { origin: SITE, 'content-length': '60' })).toBeNull()
    expect(refusal('GET', '/az', {})).toBeNull()
  })
})

/**
 * The guard in the server's pipeline (server/pipeline.ts), on a real HTTP server wired as server/main.ts wires
 * it: a refused request never reaches Next, and its connection is closed.
 */
describe('the guard in the request pipeline', () => {
  it('answers before Next runs, and closes the connection', async () => {
    const server = http.createServer()
    const listener = createRequestListener(async (_request, response) => void response.end('handled'), { fetchNotFound: () => Promise.reject(new Error('unused')), isInternal: () => true })
    server.on('request', listener)
    server.on('checkContinue', inviteWelcomeBodies(listener))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const answer = (method: string, headers: Record<string, string | number>) =>
        new Promise<{ status: number; connection?: string; body: string }>((resolve, reject) => {
          const request = http.request({ host: '127.0.0.1', port, path: '/api/users/login', method, headers, agent: false }, (response) => {
            // A refused body is never invited (100 Continue).
            if (continued) reject(new Error('the server asked for the body'))
            let body = ''
            response.on('data', (chunk: Buffer) => (body += chunk.toString()))
            response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }))
          })
          let continued = false
          request.on('continue', () => (continued = true))
          request.on('error', reject)
          // Headers only: the declared body is never sent, so only an answer that does not wait for it arrives.
          request.flushHeaders()
        })
      const tooLarge = await answer('POST', { 'content-length': 1024 * 1024, expect: '100-continue' })
      expect(tooLarge).toMatchObject({ status: 413, connection: 'close' })
      expect(JSON.parse(tooLarge.body)).toMatchObject({ error: 'tooLarge', maxBytes: 8 * KB })
      // Refused within the limit: not invited either, and (Node's rule for an uninvited body) the connection closes.
      expect(await answer('POST', { 'content-length': 2, expect: '100-continue', origin: 'https://evil.example' })).toMatchObject({ status: 403, connection: 'close' })
      expect(await answer('GET', {})).toMatchObject({ status: 200, body: 'handled' })
      const welcome = await new Promise<string>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port, path: '/api/users/login', method: 'POST', headers: { 'content-length': 2, expect: '100-continue' }, agent: false }, (response) => {
          let body = ''
          response.on('data', (chunk: Buffer) => (body += chunk.toString()))
          response.on('end', () => resolve(body))
        })
        request.on('continue', () => request.end('{}'))
        request.on('error', reject)
        request.flushHeaders()
      })
      expect(welcome).toBe('handled')
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
