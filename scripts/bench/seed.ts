/**
 * `npm run bench` step, run before the server starts on the benchmark's fresh database: the demo content
 * (admin, sections, tags, authors) plus ARTICLES published articles in az, en and ru, spread over the
 * sections so a section page has many. Uses DATABASE_URI like `npm start`; prints the count and time.
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import config from '@payload-config'
import { locales, type Locale } from '@/i18n/locales'
import { slugify } from '@/lib/slugify'
import { seed } from '@/seed'
import { paragraphsToRichText } from '@/seed/richText'

const ARTICLES = 510
/** Articles written at once: SQLite takes one write at a time, but Payload's hooks and validation overlap. */
const PARALLEL = 6

/** No server runs yet, so there is no cache to expire; and the hooks' revalidation would only warn. */
const context = { disableRevalidate: true }

const words: Record<Locale, string[]> = {
  az: ['Bakı', 'xəbər', 'şəhər', 'gənclər', 'mədəniyyət', 'idman', 'yarış', 'sərgi', 'metro', 'bayram'],
  en: ['Baku', 'news', 'city', 'youth', 'culture', 'sport', 'contest', 'fair', 'metro', 'festival'],
  ru: ['Баку', 'новости', 'город', 'молодёжь', 'культура', 'спорт', 'турнир', 'выставка', 'метро', 'праздник'],
}

function text(locale: Locale, n: number) {
  const pick = (k: number) => words[locale][(n * 7 + k * 3) % words[locale].length]
  const title = `${pick(0)} ${pick(1)} ${pick(2)} — ${locale.toUpperCase()} #${n}`
  const sentence = `${pick(3)} ${pick(4)} ${pick(5)} ${pick(6)}.`
  return {
    title,
    // The article number makes every slug unique within its language.
    slug: slugify(`${title} ${n}`),
    standfirst: `${sentence} ${sentence}`,
    body: paragraphsToRichText(Array.from({ length: 8 }, (_, p) => `${p + 1}. ${sentence.repeat(6)}`)),
  }
}

async function main() {
  const started = performance.now()
  const payload = await getPayload({ config })
  await seed(payload, { log: () => {} })

  const ids = async (collection: 'categories' | 'tags' | 'authors') =>
    (await payload.find({ collection, limit: 100, depth: 0, overrideAccess: true })).docs.map((doc) => doc.id)
  const [categories, tags, authors] = await Promise.all([ids('categories'), ids('tags'), ids('authors')])

  // A throwaway database: skipping the flush to disk after every commit makes the seed several times faster.
  const db = payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }
  await db.drizzle.run(sql`PRAGMA synchronous = OFF`)

  async function write(n: number) {
    const [first, ...others] = locales
    const created = await payload.create({
      collection: 'articles',
      locale: first,
      overrideAccess: true,
      context,
      data: {
        ...text(first, n),
        _status: 'published',
        // One minute apart, the newest last, so lists and feeds have a stable order.
        publishedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(),
        categories: [categories[n % categories.length]],
        tags: [tags[n % tags.length], tags[(n + 3) % tags.length]],
        authors: [authors[n % authors.length]],
      },
    })
    for (const locale of others) {
      await payload.update({ collection: 'articles', id: created.id, locale, overrideAccess: true, context, data: { ...text(locale, n), _status: 'published' } })
    }
  }
  let next = 1
  const worker = async () => {
    while (next <= ARTICLES) await write(next++)
  }
  await Promise.all(Array.from({ length: PARALLEL }, worker))
  await payload.destroy()
  console.log(`Bench seed: ${ARTICLES} articles in ${locales.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s.`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
