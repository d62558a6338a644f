import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'

import { backupSqlite } from '@/cms/backup'
import { submitReview } from '@/lib/reviews/submitReview'

import { bootPayload } from './payload'

let payload: Payload
let dir: string
let close: () => Promise<void>
let article: number

beforeAll(async () => {
  ;({ payload, dir, close } = await bootPayload())
  const doc = await payload.create({ collection: 'articles', locale: 'az', context: { disableRevalidate: true }, data: { title: 'Ehtiyat nüsxə məqaləsi', _status: 'published' } })
  article = doc.id
})

afterAll(async () => {
  await close()
})

const review = (n: number) =>
  submitReview(payload, {
    article,
    locale: 'az',
    fields: { name: 'Oxucu', email: '', rating: '', body: `Ehtiyat nüsxə zamanı yazılan ${n} nömrəli rəy.` },
    honeypot: '',
    clientAddress: `192.0.2.${n % 250}`,
    userAgent: null,
  })

describe('the SQLite database', () => {
  it('runs in WAL mode with a busy timeout', async () => {
    const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    const { rows } = await client.execute('PRAGMA journal_mode')
    client.close()
    expect(rows[0]?.[0]).toBe('wal')
  })
})

describe('npm run backup', () => {
  it('makes a consistent copy while reviews are being written, losing nothing committed before it started', async () => {
    for (let n = 1; n <= 10; n++) expect(await review(n)).toEqual({ outcome: 'received' })
    const before = (await payload.find({ collection: 'reviews', limit: 100, depth: 0, pagination: false })).docs.map((doc) => doc.id)
    expect(before).toHaveLength(10)

    const destination = path.join(dir, 'backups', 'copy.db')
    const writing = Promise.all(Array.from({ length: 40 }, (_, i) => review(100 + i)))
    const copy = await backupSqlite(path.join(dir, 'test.db'), destination)
    const outcomes = await writing
    expect(outcomes.every((outcome) => outcome.outcome === 'received')).toBe(true)
    expect(copy.bytes).toBeGreaterThan(0)

    const backup = createClient({ url: `file:${destination}` })
    const { rows } = await backup.execute('SELECT id FROM reviews')
    backup.close()
    const saved = new Set(rows.map((row) => Number(row.id)))
    for (const id of before) expect(saved.has(Number(id))).toBe(true)
    // Whatever the copy holds beyond that came from complete transactions: at most all 50.
    expect(saved.size).toBeGreaterThanOrEqual(10)
    expect(saved.size).toBeLessThanOrEqual(50)
    // The live database lost nothing either.
    expect((await payload.count({ collection: 'reviews' })).totalDocs).toBe(50)
  })

  it('never overwrites an earlier backup', async () => {
    const destination = path.join(dir, 'backups', 'copy.db')
    expect(fs.existsSync(destination)).toBe(true)
    await expect(backupSqlite(path.join(dir, 'test.db'), destination)).rejects.toThrow(/already exists/)
  })
})
