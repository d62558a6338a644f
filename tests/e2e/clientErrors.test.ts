import { describe, expect, it } from '@jest/globals'

import { get } from './env'
import { rawRequest } from './rawRequest'

/**
 * Requests that are the client's fault get their own 4xx. Before, they failed inside Next with a 500 that
 * the server (server/pages.ts) turns into "503 temporarily unavailable" with Retry-After, the answer meant for a
 * database outage. (A server action from another site: crossOrigin.test.ts; over its size: requestLimits.test.ts.)
 */

describe('honest client errors', () => {
  it.each(['TRACE', 'PROPFIND'])('answers %s, a method no route supports, with 405 and Allow', async (method) => {
    const answer = await rawRequest('/az', method)
    expect(answer.status).toBe(405)
    expect(answer.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
    expect(answer.headers['retry-after']).toBeUndefined()
  })

  it.each(['%0d%0aSet-Cookie:%20x=1', '%0d%0a', '/az/news/x%0d%0aLocation:%20https://evil.example/', '/az/a%09b'])(
    'ignores a preview return address with control characters (to=%s): back to the home page, never a 500',
    async (to) => {
      const response = await get(`/az/preview/exit?to=${to}`)
      expect(response.status).toBe(307)
      expect(response.headers.get('location')).toBe('/az')
      expect(response.headers.get('set-cookie') ?? '').not.toContain('x=1')
    },
  )

  it('still returns to a page of the site after a preview', async () => {
    const response = await get('/az/preview/exit?to=/az/news/some-article')
    expect(response.status).toBe(307)
    expect(response.headers.get('location')).toBe('/az/news/some-article')
  })
})
