/**
 * `npm run bench` at a size (BENCH_SIZES, scripts/bench/sizes.mjs), run before the server starts on a fresh
 * database: the demo content through Payload (admin, sections, tags, authors, pages, events), then
 * `tsx scripts/bench/bulkSeed.ts <n>` published articles in az, en and ru written IN BULK, straight into the
 * tables Payload reads, in one transaction through `payload.db.drizzle`: SQLite only (the bench runs on the
 * embedded database). Each table has one function turning an article into its rows (TABLES below), copied from
 * what the Local API writes for an article created in az and published in en and ru (the main table, its
 * `_locales` and `_rels`, and one latest version with its own, which the admin reads); a new table read for
 * articles (a search index, say) is one more entry there. Prints the count and the time taken.
 */
import { sql } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'

import config from '@payload-config'
import { locales, type Locale } from '@/i18n/locales'
import { readingTimeMinutes } from '@/lib/readingTime'
import { searchRows } from '@/lib/search/documents'
import { slugify } from '@/lib/slugify'
import { seed } from '@/seed'
import { paragraphsToRichText } from '@/seed/richText'

/** Rows of all tables written per INSERT statement: one statement's text stays a few megabytes. */
const BATCH = 500

const words: Record<Locale, string[]> = {
  az: ['Bakı', 'xəbər', 'şəhər', 'gənclər', 'mədəniyyət', 'idman', 'yarış', 'sərgi', 'metro', 'bayram'],
  en: ['Baku', 'news', 'city', 'youth', 'culture', 'sport', 'contest', 'fair', 'metro', 'festival'],
  ru: ['Баку', 'новости', 'город', 'молодёжь', 'культура', 'спорт', 'турнир', 'выставка', 'метро', 'праздник'],
}

/** In one article of every thousand: what the benchmark's "rare word" search looks for (scripts/bench/sizes.mjs). */
export const RARE_WORD: Record<Locale, string> = { az: 'zəfər', en: 'victory', ru: 'победа' }

type Text = { title: string; slug: string; standfirst: string; body: string; lexical: unknown; readingTime: number }

type Article = {
  id: number
  versionId: number
  publishedAt: string
  category: number
  tags: [number, number]
  author: number
  text: Record<Locale, Text>
}

function text(locale: Locale, n: number): Text {
  const pick = (k: number) => words[locale][(n * 7 + k * 3) % words[locale].length]
  const rare = n % 1000 === 500 ? ` ${RARE_WORD[locale]}` : ''
  const title = `${pick(0)} ${pick(1)} ${pick(2)}${rare} — ${locale.toUpperCase()} #${n}`
  const sentence = `${pick(3)} ${pick(4)} ${pick(5)} ${pick(6)}.`
  const standfirst = `${sentence} ${sentence}`
  const body = paragraphsToRichText(Array.from({ length: 3 }, (_, p) => `${p + 1}. ${sentence.repeat(3)}`))
  // As collections/Articles/hooks/setReadingTime.ts stores it.
  return { title, slug: slugify(`${title} ${n}`), standfirst, body: JSON.stringify(body), lexical: body, readingTime: readingTimeMinutes(body) }
}

type Row = (string | number | null)[]
type Table = { name: string; columns: string[]; rows: (article: Article) => Row[] }

const articles: Table = {
  name: 'articles',
  columns: ['id', 'published_at', 'updated_at', 'created_at', '_status', 'reviews_open', 'source_changed_at', 'article_type', 'live_coverage_state'],
  rows: (a) => [[a.id, a.publishedAt, a.publishedAt, a.publishedAt, 'published', 1, a.publishedAt, 'news', 'upcoming']],
}

const articleLocales: Table = {
  name: 'articles_locales',
  columns: ['_parent_id', '_locale', 'title', 'slug', 'standfirst', 'body', 'reading_time', 'translated_at'],
  rows: (a) => locales.map((locale) => [a.id, locale, ...localeValues(a, locale)]),
}

const localeValues = (a: Article, locale: Locale): Row => {
  const t = a.text[locale]
  return [t.title, t.slug, t.standfirst, t.body, t.readingTime, a.publishedAt]
}

/** The relationship rows of an article (and, under `version.`, of its version): one section, two tags, one author. */
const rels = (parent: number, a: Article, prefix: string): Row[] => [
  [parent, `${prefix}authors`, 1, a.author, null, null],
  [parent, `${prefix}categories`, 1, null, a.category, null],
  [parent, `${prefix}tags`, 1, null, null, a.tags[0]],
  [parent, `${prefix}tags`, 2, null, null, a.tags[1]],
]

const REL_COLUMNS = ['parent_id', 'path', 'order', 'authors_id', 'categories_id', 'tags_id']

const articleRels: Table = { name: 'articles_rels', columns: REL_COLUMNS, rows: (a) => rels(a.id, a, '') }

const versions: Table = {
  name: '_articles_v',
  columns: [
    'id',
    'parent_id',
    'version_published_at',
    'version_updated_at',
    'version_created_at',
    'version__status',
    'created_at',
    'updated_at',
    'latest',
    'autosave',
    'version_reviews_open',
    'version_source_changed_at',
    'version_article_type',
    'version_live_coverage_state',
  ],
  rows: (a) => [[a.versionId, a.id, a.publishedAt, a.publishedAt, a.publishedAt, 'published', a.publishedAt, a.publishedAt, 1, 0, 1, a.publishedAt, 'news', 'upcoming']],
}

const versionLocales: Table = {
  name: '_articles_v_locales',
  columns: ['_parent_id', '_locale', 'version_title', 'version_slug', 'version_standfirst', 'version_body', 'version_reading_time', 'version_translated_at'],
  rows: (a) => locales.map((locale) => [a.versionId, locale, ...localeValues(a, locale)]),
}

const versionRels: Table = { name: '_articles_v_rels', columns: REL_COLUMNS, rows: (a) => rels(a.versionId, a, 'version.') }

/**
 * The search index (collections/SearchDocuments): the rows lib/search/documents.ts writes for a published article,
 * one per language; the database's triggers copy them into each language's full-text table. Oldest article first,
 * as a newsroom's index grows: ranking a common word looks at the newest rows first (lib/search/sqlite.ts).
 */
const searchDocuments: Table = {
  name: 'search_documents',
  columns: ['article_id', 'locale', 'title', 'standfirst', 'body', 'topics', 'published_at'],
  rows: (a) =>
    searchRows({
      id: a.id,
      _status: 'published',
      publishedAt: a.publishedAt,
      categories: [a.category],
      tags: a.tags,
      ...Object.fromEntries(
        (['slug', 'title', 'standfirst'] as const).map((field) => [field, Object.fromEntries(locales.map((locale) => [locale, a.text[locale][field]]))]),
      ),
      body: Object.fromEntries(locales.map((locale) => [locale, a.text[locale].lexical])),
    }).map((row) => [a.id, row.locale, row.title, row.standfirst, row.body, row.topics, row.publishedAt]),
}

/** Every table Payload reads for a published article, and the search index. */
export const TABLES: Table[] = [articles, articleLocales, articleRels, versions, versionLocales, versionRels, searchDocuments]

const literal = (value: string | number | null): string => (value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`)

function insert(table: Table, batch: Article[]): string {
  const rows = batch.flatMap(table.rows).map((row) => `(${row.map(literal).join(',')})`)
  return `INSERT INTO "${table.name}" (${table.columns.map((column) => `"${column}"`).join(',')}) VALUES ${rows.join(',')}`
}

type Drizzle = { run: (query: unknown) => Promise<unknown>; all: (query: unknown) => Promise<Record<string, unknown>[]> }

async function main() {
  const count = Number(process.argv[2])
  if (!Number.isInteger(count) || count < 1) throw new Error('Usage: tsx scripts/bench/bulkSeed.ts <articles per language>')
  const started = performance.now()
  const payload = await getPayload({ config })
  await seed(payload, { log: () => {} })
  const ids = async (collection: 'categories' | 'tags' | 'authors') =>
    (await payload.find({ collection, limit: 100, depth: 0, overrideAccess: true })).docs.map((doc) => doc.id)
  const [categories, tags, authors] = await Promise.all([ids('categories'), ids('tags'), ids('authors')])
  const seeded = performance.now()

  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  // A throwaway database: no flush to disk after the commit.
  await db.run(sql`PRAGMA synchronous = OFF`)
  const max = async (table: string) => Number((await db.all(sql.raw(`SELECT coalesce(max(id), 0) AS n FROM "${table}"`)))[0].n)
  const firstId = (await max('articles')) + 1
  const firstVersion = (await max('_articles_v')) + 1
  // One minute apart and the newest a minute ago, so the last two days fill the Google News sitemap.
  const newest = Date.now() - 60_000
  const article = (n: number): Article => ({
    id: firstId + n,
    versionId: firstVersion + n,
    publishedAt: new Date(newest - (count - 1 - n) * 60_000).toISOString(),
    category: categories[n % categories.length],
    tags: [tags[n % tags.length], tags[(n + 3) % tags.length]],
    author: authors[n % authors.length],
    text: Object.fromEntries(locales.map((locale) => [locale, text(locale, n)])) as Record<Locale, Text>,
  })

  await db.run(sql`BEGIN`)
  try {
    for (let start = 0; start < count; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, count - start) }, (_, i) => article(start + i))
      for (const table of TABLES) await db.run(sql.raw(insert(table, batch)))
    }
    await db.run(sql`COMMIT`)
  } catch (error) {
    await db.run(sql`ROLLBACK`)
    throw error
  }
  // Into the database file, as SQLite's automatic checkpoints would have put it over time.
  await db.run(sql`PRAGMA wal_checkpoint(TRUNCATE)`)
  await payload.destroy()
  const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1)
  console.log(`Bulk seed: ${count} articles in ${locales.join(', ')} in ${seconds(seeded)} s (demo content before them: ${((seeded - started) / 1000).toFixed(1)} s).`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
