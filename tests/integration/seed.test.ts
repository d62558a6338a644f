import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'
import { seedArticles } from '@/seed/articles'
import { seed } from '@/seed'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

const KHOJALY_FIGURES = ['613', '83', '106', '70', '76', '1275', '150', '287', '366', '1992']

describe('seed', () => {
  const lines: string[] = []

  it('creates the admin from ADMIN_EMAIL and ADMIN_PASSWORD and publishes every demo article', async () => {
    const result = await seed(payload, {
      env: { ADMIN_EMAIL: 'chief@newsroom.test', ADMIN_PASSWORD: 'correct-horse-battery' },
      log: (line) => lines.push(line),
    })
    expect(result).toEqual({ adminCreated: true, articlesCreated: seedArticles.length, articlesKept: 0 })
    expect(seedArticles.length).toBeGreaterThanOrEqual(6)

    const login = await payload.login({
      collection: 'users',
      data: { email: 'chief@newsroom.test', password: 'correct-horse-battery' },
    })
    expect(login.token).toBeTruthy()
    expect(lines.join('\n')).not.toContain('correct-horse-battery')
  })

  it('publishes each article in az, en and ru, visible to the public in each', async () => {
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        overrideAccess: false,
        fallbackLocale: false,
        limit: 100,
      })
      expect(docs).toHaveLength(seedArticles.length)
      expect(new Set(docs.map((doc) => doc.slug)).size).toBe(seedArticles.length)
      for (const doc of docs) expect(doc.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
  })

  it('keeps every figure of the Khojaly article in all three languages', async () => {
    const khojaly = seedArticles[0]
    for (const locale of locales) {
      const text = khojaly.text[locale].paragraphs.join(' ').replace(/(\d)[ ,.\u00a0](?=\d{3}\b)/g, '$1')
      for (const figure of KHOJALY_FIGURES) expect([locale, figure, text.includes(figure)]).toEqual([locale, figure, true])
    }
    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'ru',
      where: { title: { equals: khojaly.text.ru.title } },
    })
    expect(JSON.stringify(docs[0].body)).toContain('Ходжалы')
  })

  it('changes nothing when run again', async () => {
    const again = await seed(payload, { env: {}, log: () => undefined })
    expect(again).toEqual({ adminCreated: false, articlesCreated: 0, articlesKept: seedArticles.length })
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(seedArticles.length)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
  })
})

describe('seed on an empty database without ADMIN_PASSWORD', () => {
  it('generates a password, prints it once, and it works', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    const lines: string[] = []
    await seed(payload, { env: {}, log: (line) => lines.push(line) })

    const printed = lines.filter((line) => line.includes('generated password'))
    expect(printed).toHaveLength(1)
    const password = /admin@example\.com: (\S+)/.exec(printed[0])?.[1] ?? ''
    expect(password.length).toBeGreaterThanOrEqual(16)
    const login = await payload.login({ collection: 'users', data: { email: 'admin@example.com', password } })
    expect(login.user?.email).toBe('admin@example.com')
  })
})
