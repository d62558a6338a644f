import { describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

import { ADMIN, get } from './env'

/**
 * The database refusing writes (another process holds SQLite's write lock past the 5 s busy timeout):
 * a review is answered 503 with the reader's language and a Retry-After, nothing half-stored, and the next
 * review after the lock is released goes through without a restart and is really committed (libsql would
 * otherwise keep it in a transaction that never commits: cms/sqliteBusyRecovery.ts).
 */
describe('reviews while the database is locked', () => {
  it('answer 503 and recover by themselves', async () => {
    const login = await get('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) })
    const { token } = (await login.json()) as { token: string }
    const created = await get('/api/articles?locale=en', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `Locked database ${Date.now()}`, _status: 'published' }),
    })
    const article = ((await created.json()) as { doc: { id: number } }).doc.id
    const send = (body: string, reader: string) =>
      get('/api/reviews/submit', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': reader },
        body: JSON.stringify({ article, locale: 'en', name: 'Reader', body }),
      })

    const lock = createClient({ url: process.env.E2E_DATABASE_URI! })
    await lock.execute('BEGIN IMMEDIATE')
    try {
      const refused = await send('Sent while the database is locked.', '100.100.0.1')
      expect(refused.status).toBe(503)
      expect(refused.headers.get('retry-after')).toBe('30')
      expect(((await refused.json()) as { message: string }).message).toBe(
        'We cannot receive reviews right now. Your text is still in the form; please try again shortly.',
      )
    } finally {
      await lock.execute('ROLLBACK')
      lock.close()
    }

    // The failure is logged by its code only: no statement parameters (names, texts, address hashes).
    const log = fs.readFileSync(path.join(path.dirname(process.env.E2E_DATABASE_URI!.replace(/^file:/, '')), 'server.log'), 'utf8')
    expect(log).toContain('Review submission failed: SQLITE_BUSY')
    expect(log).not.toContain('Sent while the database is locked.')

    expect((await send('Sent once the database is back.', '100.100.0.2')).status).toBe(201)
    const stored = await get(`/api/reviews?depth=0&where[article][equals]=${article}`, { headers: { authorization: `JWT ${token}` } })
    expect(((await stored.json()) as { docs: { body: string }[] }).docs.map((doc) => doc.body)).toEqual(['Sent once the database is back.'])
    // Committed for real, not only visible to the server's own connection: another connection sees it.
    const reader = createClient({ url: process.env.E2E_DATABASE_URI! })
    const { rows } = await reader.execute({ sql: 'SELECT count(*) AS n FROM reviews WHERE article_id = ?', args: [article] })
    reader.close()
    expect(Number(rows[0].n)).toBe(1)
  }, 30_000)
})
