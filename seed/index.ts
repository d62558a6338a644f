import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'
import { MIN_PASSWORD_LENGTH } from '@/cms/authSettings'
import { slugify } from '@/lib/slugify'

import { seedArticles } from './articles'
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
import { seedReviews } from './reviews'
import { paragraphsToRichText } from './richText'

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

/** Side effects such as cache revalidation are off while seeding. */
const context = { disableRevalidate: true }

/** The article the demo reviews are written under. */
const REVIEWED_ARTICLE = 'khojaly-21st-anniversary'

/** The localized fields of one language; `created` is the az document (e.g. to reuse array row ids). */
type Localized = (locale: Locale, created: Record<string, unknown>) => Record<string, unknown>

/**
 * Idempotent demo content: the first admin user when there is none, then every demo document
 * unless one with the same Azerbaijani slug (social links: platform) exists. An editor's later
 * changes are never overwritten.
 */
export async function seed(payload: Payload, { env = process.env, log = console.log }: SeedOptions = {}): Promise<SeedResult> {
  const result: SeedResult = { adminCreated: await ensureAdmin(payload, env, log), created: {}, kept: {} }

  /** Creates the document in az with its shared fields, then adds en and ru; returns its id. */
  async function ensure<TSlug extends CollectionSlug>(
    collection: TSlug,
    identity: Record<string, string>,
    shared: Record<string, unknown>,
    localized: Localized,
    hasDrafts = false,
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
    const status = hasDrafts ? { _status: 'published' } : {}
    const created = await payload.create({
      collection,
      locale: defaultLocale,
      overrideAccess: true,
      context,
      data: { ...shared, ...localized(defaultLocale, {}), ...status } as RequiredDataFromCollectionSlug<TSlug>,
    })
    for (const locale of locales.filter((l) => l !== defaultLocale)) {
      await payload.update({
        collection,
        id: created.id,
        locale,
        overrideAccess: true,
        context,
        // Generic over collections, so TypeScript cannot check the shape here; the seed tests read it back.
        data: { ...localized(locale, { ...created }), ...status } as never,
      })
    }
    result.created[collection] = (result.created[collection] ?? 0) + 1
    return created.id
  }

  const bySlug = (name: Record<Locale, string>) => ({ slug: slugify(name[defaultLocale]) })

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
    authors.set(a.key, await ensure('authors', bySlug(a.name), {}, (l) => ({ name: a.name[l], slug: slugify(a.name[l]), role: a.role[l], bio: a.bio[l] })))
  }
  for (const s of seedSocialLinks) {
    await ensure('social-links', { platform: s.platform }, { platform: s.platform, url: s.url, order: s.order, enabled: true }, (l) => ({ label: s.label[l] }))
  }

  const e = seedKhojalyEvent
  const khojaly = await ensure(
    'remembrance-events',
    bySlug(e.name),
    { startDate: e.startDate, endDate: e.endDate, commemoration: e.commemoration, figures: e.figures },
    (l, created) => ({
      // Source rows are shared by all languages; each language writes its titles into the same rows.
      sources: e.sources.map((s, index) => ({ ...sourceRow(created, index), url: s.url, publisher: s.publisher, title: s.title[l] })),
      name: e.name[l],
      slug: slugify(e.name[l]),
      summary: e.summary[l],
      history: paragraphsToRichText(e.history[l]),
      place: { name: e.place.name[l] },
      memorial: { name: e.memorial.name[l], address: e.memorial.address[l] },
    }),
    true,
  )

  let reviewed: number | string | undefined
  for (const article of seedArticles) {
    const links = seedArticleLinks[article.key as ArticleKey]
    const id = await ensure(
      'articles',
      bySlug({ az: article.text.az.title, en: article.text.en.title, ru: article.text.ru.title }),
      {
        publishedAt: article.publishedAt,
        categories: links?.categories.map((key) => categories.get(key)) ?? [],
        tags: links?.tags.map((key) => tags.get(key)) ?? [],
        authors: links?.authors.map((key) => authors.get(key)) ?? [],
        remembranceEvent: links?.event === 'khojaly' ? khojaly : undefined,
      },
      (l) => ({
        title: article.text[l].title,
        slug: slugify(article.text[l].title),
        standfirst: article.text[l].standfirst,
        body: paragraphsToRichText(article.text[l].paragraphs),
      }),
      true,
    )
    if (article.key === REVIEWED_ARTICLE) reviewed = id
  }

  // Demo reviews, already approved, only while the article has none (a real reader's never get mixed in).
  if (reviewed !== undefined && (await payload.count({ collection: 'reviews', where: { article: { equals: reviewed } } })).totalDocs === 0) {
    for (const review of seedReviews) {
      await payload.create({ collection: 'reviews', overrideAccess: true, context, data: { ...review, article: reviewed as number, status: 'approved' } })
      result.created.reviews = (result.created.reviews ?? 0) + 1
    }
  }

  const settings = await payload.findGlobal({ slug: 'site-settings', locale: defaultLocale, fallbackLocale: false, overrideAccess: true })
  if (!settings.siteName) {
    for (const locale of locales) {
      const s = seedSiteSettings
      await payload.updateGlobal({
        slug: 'site-settings',
        locale,
        overrideAccess: true,
        context,
        data: { siteName: s.siteName[locale], tagline: s.tagline[locale], newsLineSize: s.newsLineSize, contact: { email: s.contact.email, phone: s.contact.phone, address: s.contact.address[locale] } },
      })
    }
  }

  const count = (record: SeedResult['created']) => Object.values(record).reduce((sum, n) => sum + (n ?? 0), 0)
  log(`Seed: ${count(result.created)} demo documents created, ${count(result.kept)} already present.`)
  return result
}

/** The id of row `index` of the az document's sources, so other languages fill the same row. */
function sourceRow(created: Record<string, unknown>, index: number): { id?: string } {
  const rows = Array.isArray(created.sources) ? (created.sources as { id?: unknown }[]) : []
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
