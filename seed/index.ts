import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { defaultLocale, locales } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'

import { seedArticles } from './articles'
import { paragraphsToRichText } from './richText'
import type { SeedArticle } from './types'

export type SeedResult = {
  adminCreated: boolean
  articlesCreated: number
  articlesKept: number
}

type SeedOptions = {
  env?: Record<string, string | undefined>
  log?: (line: string) => void
}

/** Side effects such as page revalidation are off while seeding. */
const context = { disableRevalidate: true }

/**
 * Idempotent demo content: the first admin user when there is none, and each demo article unless
 * an article with its Azerbaijani slug already exists (an editor's later changes are never overwritten).
 */
export async function seed(payload: Payload, { env = process.env, log = console.log }: SeedOptions = {}): Promise<SeedResult> {
  const adminCreated = await ensureAdmin(payload, env, log)
  let articlesCreated = 0
  for (const article of seedArticles) {
    if (await createArticleUnlessPresent(payload, article)) articlesCreated += 1
  }
  const articlesKept = seedArticles.length - articlesCreated
  log(`Seed: ${articlesCreated} demo articles created, ${articlesKept} already present.`)
  return { adminCreated, articlesCreated, articlesKept }
}

async function ensureAdmin(payload: Payload, env: Record<string, string | undefined>, log: (line: string) => void): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return false

  const email = env.ADMIN_EMAIL?.trim() || 'admin@example.com'
  const given = env.ADMIN_PASSWORD?.trim()
  const password = given || randomBytes(12).toString('base64url')
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    context,
    data: { email, password, name: 'Administrator' },
  })
  log(`Seed: created the first admin user ${email} (log in at /admin).`)
  if (!given) {
    // Shown this once only: it is stored nowhere but as a hash in the database.
    log(`Seed: generated password for ${email}: ${password}  (set ADMIN_PASSWORD to choose your own)`)
  }
  return true
}

async function createArticleUnlessPresent(payload: Payload, article: SeedArticle): Promise<boolean> {
  const azText = article.text[defaultLocale]
  const slug = slugify(azText.title)
  const existing = await payload.count({
    collection: 'articles',
    locale: defaultLocale,
    overrideAccess: true,
    where: { slug: { equals: slug } },
  })
  if (existing.totalDocs > 0) return false

  const created = await payload.create({
    collection: 'articles',
    locale: defaultLocale,
    overrideAccess: true,
    context,
    data: {
      title: azText.title,
      slug,
      standfirst: azText.standfirst,
      body: paragraphsToRichText(azText.paragraphs),
      publishedAt: article.publishedAt,
      _status: 'published',
    },
  })
  for (const locale of locales.filter((l) => l !== defaultLocale)) {
    const text = article.text[locale]
    await payload.update({
      collection: 'articles',
      id: created.id,
      locale,
      overrideAccess: true,
      context,
      data: {
        title: text.title,
        slug: slugify(text.title),
        standfirst: text.standfirst,
        body: paragraphsToRichText(text.paragraphs),
        _status: 'published',
      },
    })
  }
  return true
}
