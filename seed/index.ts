import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { MIN_PASSWORD_LENGTH } from '@/cms/authSettings'
import { generateEditorialTasks } from '@/lib/calendar/generate'
import { slugify } from '@/lib/slugify'

import { seedArticles } from './articles'
import { seedLiveCoverage } from './live'
import { authorPhotos, heroImages, ILLUSTRATION_CREDIT, imageFilename, khojalyBodyImage, khojalyGallery, logoFile, logoImage, renderImage, type SeedFile, type SeedImage } from './images'
import { khojalyBody } from './khojalyBody'
import {
  seedArticleLinks,
  seedAuthors,
  seedCategories,
  seedKhojalyEvent,
  seedSiteSettings,
  seedSocialLinks,
  seedTags,
  type ArticleKey,
} from './newsroom'
import { seedPages } from './pages'
import { seedReviews } from './reviews'
import { bodyToRichText, pageToRichText, paragraphsToRichText } from './richText'

export type SeedResult = {
  adminCreated: boolean
  /** Documents created, per collection. */
  created: Partial<Record<CollectionSlug, number>>
  /** Documents already present and left as they were, per collection. */
  kept: Partial<Record<CollectionSlug, number>>
}

type SeedOptions = {
  env?: Record<string, string | undefined>
  log?: (line: string) => void
}

/** Side effects such as cache revalidation are off while seeding; the editorial tasks are planned once, below. */
const context = { disableRevalidate: true, disableEditorialTasks: true }

/** The article the demo reviews are written under. */
const REVIEWED_ARTICLE = 'khojaly-21st-anniversary'

type Data = Record<string, unknown>

/** The localized fields of one language; `created` is the az document (e.g. to reuse array row ids). */
type Localized = (locale: Locale, created: Data) => Data | Promise<Data>

type EnsureOptions = {
  /** The collection has drafts: every save states that it publishes. */
  drafts?: boolean
  /** The upload's file (media), made only when the document is created. */
  file?: () => SeedFile | Promise<SeedFile>
}

/**
 * Idempotent demo content: the first admin user when there is none, then every demo document
 * unless one with the same Azerbaijani slug (social links: platform) exists. An editor's later
 * changes are never overwritten.
 */
export async function seed(payload: Payload, { env = process.env, log = console.log }: SeedOptions = {}): Promise<SeedResult> {
  const result: SeedResult = { adminCreated: await ensureAdmin(payload, env, log), created: {}, kept: {} }

  /**
   * Creates the document in az with its shared fields, then adds en and ru; returns its id. `shared` may be a
   * function, and `localized` async, so that what only a new document needs (its images) is made only then.
   */
  async function ensure<TSlug extends CollectionSlug>(
    collection: TSlug,
    identity: Record<string, string>,
    shared: Data | (() => Promise<Data>),
    localized: Localized,
    { drafts = false, file }: EnsureOptions = {},
  ): Promise<number | string> {
    const [field, value] = Object.entries(identity)[0]
    const existing = await payload.find({
      collection,
      locale: defaultLocale,
      overrideAccess: true,
      limit: 1,
      depth: 0,
      where: { [field]: { equals: value } },
    })
    if (existing.docs[0]) {
      result.kept[collection] = (result.kept[collection] ?? 0) + 1
      return existing.docs[0].id
    }
    // Every save of a drafts-enabled document states its status: a save without one would leave a draft.
    const status = drafts ? { _status: 'published' } : {}
    const sharedData = typeof shared === 'function' ? await shared() : shared
    const created = await payload.create({
      collection,
      locale: defaultLocale,
      overrideAccess: true,
      context,
      data: { ...sharedData, ...(await localized(defaultLocale, {})), ...status } as RequiredDataFromCollectionSlug<TSlug>,
      file: file ? await file() : undefined,
    })
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      await payload.update({
        collection,
        id: created.id,
        locale,
        overrideAccess: true,
        context,
        // Generic over collections, so TypeScript cannot check the shape here; the seed tests read it back.
        data: { ...(await localized(locale, { ...created })), ...status } as never,
      })
    }
    result.created[collection] = (result.created[collection] ?? 0) + 1
    return created.id
  }

  const bySlug = (name: Record<Locale, string>) => ({ slug: slugify(name[defaultLocale]) })

  /** The demo illustration's media document (found by file name, else drawn and uploaded); once per run. */
  const images = new Map<string, Promise<number | string>>()
  function image(seedImage: SeedImage): Promise<number | string> {
    let id = images.get(seedImage.key)
    if (!id) {
      id = ensure('media', { filename: imageFilename(seedImage) }, {}, (l) => ({ alt: seedImage.alt[l], caption: seedImage.caption[l], credit: ILLUSTRATION_CREDIT[l] }), {
        file: () => renderImage(seedImage),
      })
      images.set(seedImage.key, id)
    }
    return id
  }

  // On an empty database every illustration will be needed: upload them side by side, so that sharp's resizing
  // of one overlaps the database work of another (about twice as fast as one after the other). Otherwise each is
  // made only when a document that shows it is created, so kept documents never leave unused images behind.
  if ((await payload.count({ collection: 'articles', overrideAccess: true })).totalDocs === 0) {
    await Promise.all([...Object.values(heroImages), ...khojalyGallery, khojalyBodyImage, ...Object.values(authorPhotos)].map(image))
  }

  const categories = new Map<string, number | string>()
  for (const c of seedCategories) {
    categories.set(c.key, await ensure('categories', bySlug(c.name), {}, (l) => ({ name: c.name[l], slug: slugify(c.name[l]), description: c.description[l] })))
  }
  const tags = new Map<string, number | string>()
  for (const t of seedTags) {
    tags.set(t.key, await ensure('tags', bySlug(t.name), {}, (l) => ({ name: t.name[l], slug: slugify(t.name[l]) })))
  }
  const authors = new Map<string, number | string>()
  for (const a of seedAuthors) {
    const photo = authorPhotos[a.key]
    authors.set(
      a.key,
      await ensure('authors', bySlug(a.name), async () => ({ photo: await image(photo), links: a.links }), (l) => ({ name: a.name[l], slug: slugify(a.name[l]), role: a.role[l], bio: a.bio[l] })),
    )
  }
  for (const s of seedSocialLinks) {
    await ensure('social-links', { platform: s.platform }, { platform: s.platform, url: s.url, order: s.order, enabled: true }, (l) => ({ label: s.label[l] }))
  }

  for (const page of seedPages) {
    await ensure(
      'pages',
      bySlug({ az: page.text.az.title, en: page.text.en.title, ru: page.text.ru.title }),
      { purpose: page.purpose, footerOrder: page.footerOrder },
      (l) => ({ title: page.text[l].title, slug: slugify(page.text[l].title), body: pageToRichText(page.text[l].body) }),
      { drafts: true },
    )
  }

  const e = seedKhojalyEvent
  const khojaly = await ensure(
    'remembrance-events',
    bySlug(e.name),
    async () => ({
      aliases: e.aliases,
      startDate: e.startDate,
      endDate: e.endDate,
      commemoration: e.commemoration,
      figures: e.figures,
      gallery: await Promise.all(khojalyGallery.map(image)),
    }),
    (l, created) => ({
      // Source rows are shared by all languages; each language writes its titles into the same rows.
      sources: e.sources.map((s, index) => ({ ...rowOf(created, 'sources', index), url: s.url, publisher: s.publisher, title: s.title[l] })),
      name: e.name[l],
      slug: slugify(e.name[l]),
      summary: e.summary[l],
      history: paragraphsToRichText(e.history[l]),
      place: { name: e.place.name[l] },
      memorial: { name: e.memorial.name[l], address: e.memorial.address[l] },
    }),
    { drafts: true },
  )
  // The next Khojaly anniversary's editorial tasks, made by the daily job's own generator (lib/calendar/generate.ts).
  const tasks = await generateEditorialTasks(payload)
  if (tasks.created > 0) result.created['editorial-tasks'] = tasks.created

  let reviewed: number | string | undefined
  for (const article of seedArticles) {
    const links = seedArticleLinks[article.key as ArticleKey]
    const id = await ensure(
      'articles',
      bySlug({ az: article.text.az.title, en: article.text.en.title, ru: article.text.ru.title }),
      async () => ({
        publishedAt: article.publishedAt,
        heroImage: await image(heroImages[article.key as ArticleKey]),
        categories: links?.categories.map((key) => categories.get(key)) ?? [],
        tags: links?.tags.map((key) => tags.get(key)) ?? [],
        authors: links?.authors.map((key) => authors.get(key)) ?? [],
        remembranceEvent: links?.event === 'khojaly' ? khojaly : undefined,
      }),
      async (l, created) => ({
        title: article.text[l].title,
        slug: slugify(article.text[l].title),
        standfirst: article.text[l].standfirst,
        // Rows are shared by all languages; each language writes its text into the same rows.
        ...(article.corrections && {
          corrections: article.corrections.map((note, index) => ({ ...rowOf(created, 'corrections', index), kind: note.kind, date: note.date, text: note.text[l] })),
        }),
        body:
          article.key === REVIEWED_ARTICLE
            ? bodyToRichText(
                khojalyBody(l, article.text[l].paragraphs, {
                  image: await image(khojalyBodyImage),
                  // The event's first three images: the same pictures in the article as on the event's page.
                  gallery: await Promise.all(khojalyGallery.slice(0, 3).map(image)),
                }),
                `${article.key}:${l}`,
              )
            : paragraphsToRichText(article.text[l].paragraphs),
      }),
      { drafts: true },
    )
    if (article.key === REVIEWED_ARTICLE) reviewed = id
  }

  await seedLive(khojaly)

  // Demo reviews, already approved, only while the article has none (a real reader's never get mixed in).
  if (reviewed !== undefined && (await payload.count({ collection: 'reviews', where: { article: { equals: reviewed } } })).totalDocs === 0) {
    for (const review of seedReviews) {
      await payload.create({ collection: 'reviews', overrideAccess: true, context, data: { ...review, article: reviewed as number, status: 'approved' } })
      result.created.reviews = (result.created.reviews ?? 0) + 1
    }
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', locale: defaultLocale, fallbackLocale: false, overrideAccess: true })
  if (!settings.siteName) {
    // The newsroom's logo, uploaded as an SVG like an editor would (found again by file name).
    const logo = await ensure('media', { filename: logoImage.filename }, {}, (l) => ({ alt: logoImage.alt[l], caption: logoImage.caption[l] }), { file: logoFile })
    for (const locale of locales) {
      const s = seedSiteSettings
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        overrideAccess: true,
        context,
        data: {
          siteName: s.siteName[locale],
          tagline: s.tagline[locale],
          logo: logo as number,
          newsLineSize: s.newsLineSize,
          contact: { email: s.contact.email, phone: s.contact.phone, address: s.contact.address[locale] },
        },
      })
    }
  }

  /**
   * The demo live coverage of the remembrance day: the article, then its entries (only while it has none), then its
   * end, in the order the newsroom would have done it (an entry is pinned while the coverage is live).
   */
  async function seedLive(event: number | string) {
    const live = seedLiveCoverage
    const id = await ensure(
      'articles',
      bySlug({ az: live.text.az.title, en: live.text.en.title, ru: live.text.ru.title }),
      async () => ({
        publishedAt: live.publishedAt,
        articleType: 'live',
        liveCoverage: { state: 'live', startsAt: live.startsAt },
        heroImage: await image(khojalyGallery[0]),
        remembranceEvent: event,
      }),
      (l) => ({ title: live.text[l].title, slug: slugify(live.text[l].title), standfirst: live.text[l].standfirst, body: paragraphsToRichText(live.text[l].paragraphs) }),
      { drafts: true },
    )
    if ((await payload.count({ collection: 'live-entries', where: { article: { equals: id } }, overrideAccess: true })).totalDocs > 0) return
    for (const entry of live.entries) {
      const shared = { article: id as number, postedAt: entry.postedAt, keyEvent: entry.keyEvent, pinned: entry.pinned, _status: 'published' as const }
      const created = await payload.create({
        collection: 'live-entries',
        locale: defaultLocale,
        overrideAccess: true,
        context,
        data: { ...shared, headline: entry.headline[defaultLocale], text: entry.text[defaultLocale] },
      })
      for (const locale of locales.filter((l) => l !== defaultLocale)) {
        await payload.update({ collection: 'live-entries', id: created.id, locale, overrideAccess: true, context, data: { headline: entry.headline[locale], text: entry.text[locale], _status: 'published' } })
      }
      result.created['live-entries'] = (result.created['live-entries'] ?? 0) + 1
    }
    await payload.update({ collection: 'articles', id, overrideAccess: true, context, data: { liveCoverage: { state: 'ended', startsAt: live.startsAt, endsAt: live.endsAt }, _status: 'published' } })
  }

  const count = (record: SeedResult['created']) => Object.values(record).reduce((sum, n) => sum + (n ?? 0), 0)
  log(`Seed: ${count(result.created)} demo documents created, ${count(result.kept)} already present.`)
  return result
}

/** The id of row `index` of the az document's array `field`, so other languages fill the same row. */
function rowOf(created: Record<string, unknown>, field: string, index: number): { id?: string } {
  const rows = Array.isArray(created[field]) ? (created[field] as { id?: unknown }[]) : []
  const id = rows[index]?.id
  return typeof id === 'string' ? { id } : {}
}

async function ensureAdmin(payload: Payload, env: Record<string, string | undefined>, log: (line: string) => void): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false

  const email = env.ADMIN_EMAIL?.trim() || 'admin@example.com'
  const given = env.ADMIN_PASSWORD?.trim()
  // Said in plain words here rather than as Payload's field error on `password` from the create below.
  if (given && given.length < MIN_PASSWORD_LENGTH) throw new Error(`ADMIN_PASSWORD must have at least ${MIN_PASSWORD_LENGTH} characters.`)
  const password = given || randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context,
    data: { email, password, name: 'Administrator', role: 'admin' },
  })
  log(`Seed: created the first admin user ${email} (log in at /admin).`)
  if (!given) {
    // Shown this once only: it is stored nowhere but as a hash in the database.
    log(`Seed: generated password for ${email}: ${password}  (set ADMIN_PASSWORD to choose your own)`)
  }
  return true
}
