import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { locales } from '@/i18n/locales'
import type { Article, GalleryBlock, ImageBlock, Media, QuoteBlock } from '@/payload-types'
import { correctionNotes, type CorrectionRow } from '@/lib/corrections'
import { seedArticles } from '@/seed/articles'
import { seedLiveCoverage } from '@/seed/live'
import { readEntries } from '@/lib/live/read'
import { authorPhotos, heroImages, ILLUSTRATION_CREDIT, khojalyBodyImage, khojalyGallery, logoImage } from '@/seed/images'
import { khojalyGalleryCaption, khojalyPullQuote } from '@/seed/khojalyBody'
import { seedReviews } from '@/seed/reviews'
import { seedAuthors, seedCategories, seedSocialLinks, seedTags } from '@/seed/newsroom'
import { seedPages } from '@/seed/pages'
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
    expect(result.adminCreated).toBe(true)
    expect(result.created).toEqual({
      // The demo articles and the live coverage of the remembrance day, with its entries.
      articles: seedArticles.length + 1,
      'live-entries': seedLiveCoverage.entries.length,
      'remembrance-events': 1,
      categories: seedCategories.length,
      tags: seedTags.length,
      authors: 2,
      'social-links': seedSocialLinks.length,
      pages: seedPages.length,
      reviews: seedReviews.length,
      // The next Khojaly anniversary: plan and publish in az, en, ru; translate in en and ru.
      'editorial-tasks': 8,
      // 7 heroes, 4 event images (3 of them again in the article's gallery), 1 body image, 2 author photos, the logo
      media: seedArticles.length + khojalyGallery.length + 1 + 2 + 1,
    })
    expect(result.kept).toEqual({})
    expect(seedArticles.length).toBeGreaterThanOrEqual(6)

    const login = await payload.login({
      collection: 'users',
      data: { email: 'chief@newsroom.test', password: 'correct-horse-battery' },
    })
    expect(login.token).toBeTruthy()
    expect(lines.join('\n')).not.toContain('correct-horse-battery')
    // Fourteen illustrations are drawn and resized by sharp: seconds on an idle machine, more on a busy one.
  }, 120_000)

  it('publishes each article in az, en and ru, visible to the public in each', async () => {
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        overrideAccess: false,
        fallbackLocale: false,
        limit: 100,
      })
      expect(docs).toHaveLength(seedArticles.length + 1)
      expect(new Set(docs.map((doc) => doc.slug)).size).toBe(seedArticles.length + 1)
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

  it('gives every article a hero, every author a photo and the Khojaly event a gallery of 4, with alt, caption and credit in each language', async () => {
    const illustrations = [...Object.values(heroImages), ...khojalyGallery, khojalyBodyImage, ...Object.values(authorPhotos)]
    for (const locale of locales) {
      const { docs: media } = await payload.find({ collection: 'media', locale, fallbackLocale: false, overrideAccess: false, limit: 100 })
      for (const image of illustrations) {
        const doc = media.find((m) => m.filename === `${image.key}.png`)
        expect([image.key, doc?.alt, doc?.caption, doc?.credit]).toEqual([image.key, image.alt[locale], image.caption[locale], ILLUSTRATION_CREDIT[locale]])
        const size = image.scene === 'portrait' ? [400, 400] : [1600, 900]
        expect([image.key, doc?.width, doc?.height, doc?.mimeType]).toEqual([image.key, ...size, 'image/png'])
        // Payload made the page's WebP sizes from it.
        expect(doc?.sizes?.thumbnail?.url).toMatch(/\.webp$/)
      }
      const logo = media.find((m) => m.filename === logoImage.filename)
      expect([logo?.mimeType, logo?.alt]).toEqual(['image/svg+xml', logoImage.alt[locale]])
    }
    const articles = await payload.find({ collection: 'articles', locale: 'en', overrideAccess: false, depth: 1, limit: 100 })
    for (const article of articles.docs) expect([article.slug, typeof article.heroImage === 'object' && article.heroImage?.filename]).toEqual([article.slug, expect.stringMatching(/\.png$/)])
    const authors = await payload.find({ collection: 'authors', overrideAccess: false, depth: 1 })
    for (const author of authors.docs) expect(typeof author.photo === 'object' && author.photo?.width).toBe(400)
    const event = await payload.find({ collection: 'remembrance-events', overrideAccess: false, depth: 1 })
    expect(event.docs[0].gallery?.map((m) => typeof m === 'object' && m.filename)).toEqual(khojalyGallery.map((image) => `${image.key}.png`))
  })

  it('puts an image, a gallery of 3 and a pull quote from the text into the Khojaly article in each language', async () => {
    const khojaly = seedArticles[0]
    for (const locale of locales) {
      const { docs } = await payload.find({
        collection: 'articles',
        locale,
        fallbackLocale: false,
        overrideAccess: false,
        depth: 1,
        where: { title: { equals: khojaly.text[locale].title } },
      })
      const children = (docs[0].body as NonNullable<Article['body']>).root.children as { type: string; fields?: { blockType: string } }[]
      const blocks = children.flatMap((node) => (node.type === 'block' && node.fields ? [node.fields] : []))
      expect(blocks.map((block) => block.blockType)).toEqual(['image', 'gallery', 'quote'])
      const [image, gallery, quote] = blocks as unknown as [ImageBlock, GalleryBlock, QuoteBlock]
      expect((image.media as Media).alt).toBe(khojalyBodyImage.alt[locale])
      expect(gallery.images.map((m) => (m as Media).caption)).toEqual(khojalyGallery.slice(0, 3).map((i) => i.caption[locale]))
      expect(gallery.caption).toBe(khojalyGalleryCaption[locale])
      expect(quote.text).toBe(khojalyPullQuote[locale])
      expect(khojaly.text[locale].paragraphs.some((paragraph) => paragraph.includes(quote.text))).toBe(true)
      // Every paragraph is still there, in order, around the blocks.
      expect(children.filter((node) => node.type === 'paragraph')).toHaveLength(khojaly.text[locale].paragraphs.length)
    }
  })

  it('publishes the demo correction in every language, one row translated three times', async () => {
    const corrected = seedArticles.find((article) => article.corrections?.length)
    expect(corrected).toBeDefined()
    const { docs } = await payload.find({
      collection: 'articles',
      locale: 'all',
      overrideAccess: false,
      depth: 0,
      where: { lastCorrectedAt: { greater_than: '1970-01-01T00:00:00.000Z' } },
      select: { corrections: true, lastCorrectedAt: true },
    })
    expect(docs).toHaveLength(1)
    const note = corrected!.corrections![0]
    expect(docs[0].lastCorrectedAt).toBe(note.date)
    for (const locale of locales) expect(correctionNotes(docs[0].corrections as CorrectionRow[], locale)).toEqual([expect.objectContaining({ text: note.text[locale], kind: 'correction' })])
  })

  it('sets the newsroom logo as the site settings logo', async () => {
    const settings = await payload.findGlobal({ slug: 'site-settings', overrideAccess: false, depth: 1 })
    expect(typeof settings.logo === 'object' && [settings.logo?.filename, settings.logo?.width, settings.logo?.height]).toEqual([logoImage.filename, 64, 64])
  })

  it('changes nothing when run again', async () => {
    const again = await seed(payload, { env: {}, log: () => undefined })
    expect(again.adminCreated).toBe(false)
    expect(again.created).toEqual({})
    expect(again.kept.articles).toBe(seedArticles.length + 1)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(seedArticles.length + 1)
    expect((await payload.count({ collection: 'live-entries' })).totalDocs).toBe(seedLiveCoverage.entries.length)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(1)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(seedArticles.length + khojalyGallery.length + 4)
  })
})

describe('the newsroom seed', () => {
  it('publishes the Khojaly remembrance event with its figures, linked from the anniversary article', async () => {
    const { docs } = await payload.find({ collection: 'remembrance-events', locale: 'en', overrideAccess: false, depth: 0 })
    expect(docs).toHaveLength(1)
    const event = docs[0]
    expect([event.name, event.slug]).toEqual(['Khojaly genocide', 'khojaly-genocide'])
    expect(event.figures).toMatchObject({ killed: 613, children: 83, women: 106, elderly: 70, hostages: 1275, missing: 150 })
    expect(event.commemoration).toMatchObject({ month: '2', day: 26 })
    const ru = await payload.findByID({ collection: 'remembrance-events', id: event.id, locale: 'ru', fallbackLocale: false })
    expect([ru.name, ru.place?.name, ru.sources?.[0]?.title]).toEqual([
      'Ходжалинский геноцид',
      'Ходжалы, Нагорный Карабах',
      'Азербайджан отмечает 21-ю годовщину Ходжалинского геноцида',
    ])

    const article = await payload.find({
      collection: 'articles',
      locale: 'en',
      depth: 1,
      where: { slug: { equals: 'azerbaijan-marks-the-21st-anniversary-of-the-khojaly-genocide' } },
    })
    const linked = article.docs[0]
    expect(typeof linked.remembranceEvent === 'object' && linked.remembranceEvent?.id).toBe(event.id)
    expect(linked.categories?.map((c) => typeof c === 'object' && c.name)).toEqual(['Remembrance'])
    expect(linked.authors).toHaveLength(1)
    expect(linked.readingTime).toBeGreaterThanOrEqual(2)
  })

  it('publishes the six standing pages in az, en and ru, each with its purpose, in footer order', async () => {
    expect(seedPages.map((page) => page.purpose)).toEqual(['about', 'standards', 'corrections-policy', 'contact', 'accessibility', 'privacy'])
    for (const locale of locales) {
      const { docs } = await payload.find({ collection: 'pages', locale, fallbackLocale: false, overrideAccess: false, sort: 'footerOrder', limit: 20 })
      expect(docs.map((doc) => [doc.purpose, doc.title])).toEqual(seedPages.map((page) => [page.purpose, page.text[locale].title]))
      for (const doc of docs) {
        expect(doc.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        const children = doc.body?.root.children ?? []
        expect([doc.slug, children.filter((node) => node.type === 'paragraph').length >= 1, JSON.stringify(doc.body).length > 300]).toEqual([doc.slug, true, true])
      }
    }
    const az = await payload.find({ collection: 'pages', locale: 'az', overrideAccess: false, where: { purpose: { equals: 'corrections-policy' } } })
    expect([az.docs[0].slug, az.docs[0].body?.root.children.map((node) => node.type)]).toEqual([
      'duzelishler-siyaseti',
      ['paragraph', 'heading', 'paragraph', 'heading', 'list', 'paragraph'],
    ])
  })

  it('gives the authors their profile links, https only', async () => {
    const { docs } = await payload.find({ collection: 'authors', overrideAccess: false, sort: 'createdAt' })
    expect(docs.map((author) => author.links?.map((link) => link.url))).toEqual(seedAuthors.map((author) => author.links.map((link) => link.url)))
    for (const author of docs) for (const link of author.links ?? []) expect(link.url).toMatch(/^https:\/\/[a-z.]+\.example\//)
  })

  it('publishes the remembrance day live coverage, ended, with its entries in every language', async () => {
    const { docs } = await payload.find({ collection: 'articles', where: { articleType: { equals: 'live' } }, overrideAccess: false, depth: 0 })
    expect(docs).toHaveLength(1)
    expect(docs[0].liveCoverage).toMatchObject({ state: 'ended', startsAt: seedLiveCoverage.startsAt, endsAt: seedLiveCoverage.endsAt })
    for (const locale of ['az', 'en', 'ru'] as const) {
      const entries = await readEntries(payload, docs[0].id, locale)
      expect(entries.map((entry) => entry.headline)).toEqual([...seedLiveCoverage.entries].reverse().map((entry) => entry.headline[locale]))
    }
  })

  it('fills the site settings and the enabled social links in every language', async () => {
    for (const locale of locales) {
      const settings = await payload.findGlobal({ slug: 'site-settings', locale, fallbackLocale: false, overrideAccess: false })
      const messages = JSON.parse(fs.readFileSync(`messages/${locale}.json`, 'utf8')) as { Metadata: { siteName: string } }
      expect(settings.siteName).toBe(messages.Metadata.siteName)
      const links = await payload.find({ collection: 'social-links', locale, fallbackLocale: false, overrideAccess: false })
      expect(links.docs.length).toBe(seedSocialLinks.length)
      for (const link of links.docs) expect([link.url.startsWith('https://'), Boolean(link.label)]).toEqual([true, true])
    }
  })
})

describe('seed on an empty database with a short ADMIN_PASSWORD', () => {
  it('refuses it in plain words and creates no admin', async () => {
    await payload.delete({ collection: 'users', where: { id: { exists: true } } })
    await expect(seed(payload, { env: { ADMIN_PASSWORD: 'eleven-char' }, log: () => undefined })).rejects.toThrow(
      'ADMIN_PASSWORD must have at least 12 characters.',
    )
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(0)
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
