import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { beforeAll, describe, expect, it } from '@jest/globals'

import { ADMIN, get } from './env'

/**
 * What the REST API answers to requests it cannot serve (plugins/apiRequestGuards): 400 for a malformed
 * query, 404 for an id or route that cannot exist, never a 5xx; and each leaves exactly one line in the
 * server's log (the request log's), with no stack trace and no SQL. Also the page-size cap for the public.
 */

/** The server's output (globalSetup.mjs writes it to server.log beside the test database). */
const serverLogFile = () => path.join(path.dirname(process.env.E2E_DATABASE_URI!.replace(/^file:/, '')), 'server.log')

type RequestLine = { msg: string; path: string; status: number }
const requestLine = (line: string): RequestLine | undefined => {
  if (!line.startsWith('{"time"')) return undefined
  const parsed = JSON.parse(line) as RequestLine
  return parsed.msg === 'request' ? parsed : undefined
}

/**
 * The lines the server logged because of `send()`. A sentinel request with a unique path follows it; its
 * log line is awaited (polling the file, no fixed delay), and whatever was logged before it belongs to the
 * request under test. Request lines of others (the server's own job runner calls itself every second) are
 * left out; anything else (an error, a stack, SQL) is kept.
 */
async function linesLoggedBy(send: () => Promise<Response>): Promise<{ response: Response; body: string; lines: string[] }> {
  const start = fs.statSync(serverLogFile()).size
  const response = await send()
  const body = await response.text()
  const sentinel = `/api/log-sentinel-${randomBytes(6).toString('hex')}`
  await get(sentinel).then((r) => r.arrayBuffer())
  const deadline = Date.now() + 30_000
  for (;;) {
    const logged = fs.readFileSync(serverLogFile()).subarray(start).toString('utf8').split('\n')
    const at = logged.findIndex((line) => requestLine(line)?.path === sentinel)
    if (at >= 0) {
      const requestPath = new URL(response.url).pathname
      const lines = logged.slice(0, at).filter((line) => {
        const parsed = requestLine(line)
        return line !== '' && (!parsed || parsed.path === requestPath)
      })
      return { response, body, lines }
    }
    if (Date.now() > deadline) throw new Error(`the sentinel ${sentinel} never appeared in the server log`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

let adminToken = ''
const asAdmin = (): RequestInit => ({ headers: { authorization: `JWT ${adminToken}` } })

type Page = { docs: { id: number }[]; limit: number; totalDocs: number; hasNextPage: boolean; page: number }
const page = async (url: string, init: RequestInit = {}): Promise<Page> => {
  const response = await get(url, init)
  expect(response.status).toBe(200)
  return (await response.json()) as Page
}

beforeAll(async () => {
  const response = await get('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ADMIN.email, password: ADMIN.password }),
  })
  adminToken = ((await response.json()) as { token: string }).token
})

describe('malformed API requests', () => {
  // [url, status, as staff?]
  const cases: [string, 400 | 404, boolean?][] = [
    // ids that cannot be ids of this database's documents (SQLite: whole numbers from 1)
    ['/api/articles/abc', 404],
    ['/api/articles/distinct', 404],
    ['/api/articles/1.5', 404],
    ['/api/articles/-1', 404],
    ['/api/articles/abc%00', 404],
    ['/api/articles/1abc', 404],
    ['/api/articles/abc', 404, true],
    // a well-formed id of no document: the same answer, also with one log line
    ['/api/articles/987654321', 404],
    ['/api/articles/versions/abc', 404, true],
    // where values that cannot be of the field's type
    ['/api/articles?where[publishedAt][greater_than]=x', 400],
    ['/api/articles?where[publishedAt][less_than]=not-a-date', 400],
    ['/api/articles?where[publishedAt][in]=2024-01-01,never', 400],
    ['/api/articles?where[id][in]=1,2,abc', 400],
    ['/api/articles?where[id][equals]=abc', 400],
    ['/api/articles?where[categories][in]=abc', 400],
    ['/api/articles?where[categories.id][equals]=abc', 400],
    ['/api/articles?where[heroImage][equals]=1.5', 400],
    ['/api/articles?where[categories][like]=abc', 400],
    ['/api/articles?where[id][in]=', 400],
    ['/api/articles?where[title][equals][a]=b', 400],
    ['/api/articles?where[publishedAt][near]=x', 400],
    ['/api/articles?where[nope][equals]=1', 400],
    ['/api/articles/count?where[publishedAt][equals]=x', 400],
    ['/api/articles/versions?where[version.publishedAt][equals]=x', 400, true],
    // a where that is not an object
    ['/api/articles?where=garbage', 400],
    ['/api/articles/count?where=garbage', 400],
    ['/api/articles?data=garbage', 400],
    ['/api/articles?where=123', 400],
    ['/api/articles?where[title]=plain', 400],
    ['/api/articles?where[or]=plain', 400],
    // limit and page that are not whole numbers
    ['/api/articles?limit=1.5', 400],
    ['/api/articles?limit=-3', 400],
    ['/api/articles?page=-1', 400],
    ['/api/articles?page=1.5', 400],
    // file names no stored file can have
    ['/api/media/file/x%00.html', 404],
    ['/api/media/file/x%0A.png', 404],
    // versions of what keeps none
    ['/api/globals/site-settings/versions', 404, true],
    ['/api/globals/site-settings/versions/1', 404, true],
    ['/api/categories/versions', 404, true],
    ['/api/categories/versions/1', 404, true],
  ]

  const table = cases.map(([url, status, staff]) => [url, status, staff ? 'as staff' : 'anonymously'] as const)
  it.each(table)('%s answers %i %s, with a JSON error and one log line (no stack, no SQL)', async (url, status, who) => {
    const { response, body, lines } = await linesLoggedBy(() => get(url, who === 'as staff' ? asAdmin() : {}))
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect((JSON.parse(body) as { errors: { message: string }[] }).errors[0].message).toEqual(expect.any(String))
    expect(lines).toHaveLength(1)
    expect(requestLine(lines[0])).toMatchObject({ status })
    const logged = lines.join('\n')
    expect(logged).not.toMatch(/\n\s+at |select |SQLITE|stack/i)
  })
})

describe('well-formed queries still work', () => {
  it('answers valid where values on dates, ids and relationships, and documents by id', async () => {
    const all = await page(`/api/articles?depth=0&limit=3&where[publishedAt][less_than]=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`)
    expect(all.docs.length).toBeGreaterThan(1)
    const [first, second] = all.docs
    expect((await page(`/api/articles?depth=0&where[id][in]=${first.id},${second.id}`)).docs.map((doc) => doc.id).sort()).toEqual([first.id, second.id].sort())
    expect((await page(`/api/articles?depth=0&where[publishedAt][greater_than]=2999-01-01`)).docs).toEqual([])
    expect((await page(`/api/articles?depth=0&where=${encodeURIComponent(JSON.stringify({ id: { equals: first.id } }))}`)).docs).toHaveLength(1)
    expect((await page('/api/articles?depth=0&where[heroImage][equals]=null&limit=1')).docs.length).toBeLessThanOrEqual(1)
    expect((await get(`/api/articles/${first.id}?depth=0`)).status).toBe(200)
    // A well-formed id of no document is the ordinary 404.
    expect((await get('/api/articles/987654321')).status).toBe(404)
  })

  it('keeps the versions endpoints of what has versions', async () => {
    expect((await get('/api/articles/versions?limit=1', asAdmin())).status).toBe(200)
  })
})

describe('page sizes', () => {
  it('caps the public at 100 documents a page, whatever limit or pagination it asks for', async () => {
    const huge = await page('/api/articles?depth=0&limit=100000')
    expect(huge.limit).toBe(100)
    expect(huge.docs.length).toBeLessThanOrEqual(100)
    expect((await page('/api/articles?depth=0&limit=0')).limit).toBe(100)
    expect((await page('/api/tags?depth=0&limit=100000')).limit).toBe(100)

    // pagination=false is answered with a page: the real total, and the next page when there is one.
    const total = (await page('/api/articles?depth=0&limit=1')).totalDocs
    expect(total).toBeGreaterThan(2)
    const unpaginated = await page('/api/articles?depth=0&pagination=false&limit=2')
    expect(unpaginated.docs).toHaveLength(2)
    expect(unpaginated.totalDocs).toBe(total)
    expect(unpaginated.hasNextPage).toBe(true)
    const everything = await page('/api/articles?depth=0&pagination=false')
    expect(everything.limit).toBe(10)
  })

  it('leaves staff uncapped: the admin asks for 250 and for everything', async () => {
    expect((await page('/api/articles?depth=0&limit=250', asAdmin())).limit).toBe(250)
    const total = (await page('/api/articles?depth=0&limit=1', asAdmin())).totalDocs
    expect((await page('/api/articles?depth=0&pagination=false', asAdmin())).docs).toHaveLength(total)
  })
})
