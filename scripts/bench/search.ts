/**
 * `npm run bench:search [-- --docs=N]`: reader search at scale. Builds a throwaway SQLite database with the committed
 * migrations, writes N synthetic search documents per language (default 100,000: 300,000 in all) straight into
 * search_documents (the FTS5 triggers index them, as for any writer), then times the search the page makes
 * (lib/search/search.ts: ranked page of ids plus the total) for typical queries. Prints p50/p99; asserts nothing.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Client, InStatement } from '@libsql/client'
import type { Migration } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { fold } from '@/lib/search/fold'
import type { TopicNames } from '@/lib/search/topics'

const DOCS = Number(process.argv.find((arg) => arg.startsWith('--docs='))?.slice('--docs='.length) ?? 100_000)
const RUNS = 60
const VOCABULARY = 40_000
/** Words per field: a headline, a standfirst and a short news body (about a 2-minute read). */
const LENGTH = { title: 9, standfirst: 25, body: 350 }
const TOPICS = { event: 20, section: 8, tag: 400 }

/** Kept after a failed run, so the filled database can be looked at. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-bench-'))
process.env.DATABASE_URI = `file:${path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET ||= 'search-bench-secret'

/** Deterministic pseudo-random numbers (mulberry32), so every run indexes the same text. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ALPHABETS: Record<Locale, string> = { az: 'abcçdeəfgğhxıijkqlmnoöprsştuüvyz', en: 'abcdefghijklmnopqrstuvwxyz', ru: 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя' }

/** A vocabulary of made-up words per language, ranked: word r is drawn with probability ∝ 1/r (Zipf, like real text). */
function vocabulary(locale: Locale): string[] {
  const next = random(locales.indexOf(locale) + 1)
  const letters = [...ALPHABETS[locale]]
  const words = new Set<string>()
  while (words.size < VOCABULARY) {
    const length = 2 + Math.floor(next() * 9)
    words.add(Array.from({ length }, () => letters[Math.floor(next() * letters.length)]).join(''))
  }
  return [...words]
}

function zipfSampler(size: number, next: () => number) {
  const cumulative: number[] = []
  let sum = 0
  for (let rank = 1; rank <= size; rank++) cumulative.push((sum += 1 / rank))
  return () => {
    const target = next() * sum
    let [low, high] = [0, size - 1]
    while (low < high) {
      const mid = (low + high) >> 1
      if (cumulative[mid] < target) low = mid + 1
      else high = mid
    }
    return low
  }
}

async function fill(client: Client, vocab: Record<Locale, string[]>) {
  const next = random(42)
  const draw = zipfSampler(VOCABULARY, next)
  const text = (locale: Locale, n: number) => fold(Array.from({ length: n }, () => vocab[locale][draw()]).join(' '), locale)
  const pick = (n: number) => 1 + Math.floor(next() * n)
  let id = 0
  for (const locale of locales) {
    for (let done = 0; done < DOCS; done += 1000) {
      const batch: InStatement[] = []
      for (let k = 0; k < Math.min(1000, DOCS - done); k++) {
        id++
        const topics = `event${pick(TOPICS.event)} section${pick(TOPICS.section)} tag${pick(TOPICS.tag)} tag${pick(TOPICS.tag)}`
        batch.push({
          sql: 'INSERT INTO search_documents (article_id, locale, title, standfirst, body, topics, published_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          args: [done + k + 1, locale, text(locale, LENGTH.title), text(locale, LENGTH.standfirst), text(locale, LENGTH.body), topics, new Date(Date.UTC(2020, 0, 1) + id * 60_000).toISOString()],
        })
      }
      await client.batch(batch, 'write')
    }
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

async function main() {
  const { default: config } = await import('@payload-config')
  const { migrations } = await import('@/migrations')
  const { getPayload } = await import('payload')
  const { search } = await import('@/lib/search/search')
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
  const client = (payload.db as unknown as { client: Client }).client
  // A throwaway database: no article rows behind the documents, and no flush to disk after every commit.
  await client.execute('PRAGMA foreign_keys = OFF')
  await client.execute('PRAGMA synchronous = OFF')

  const vocab = Object.fromEntries(locales.map((locale) => [locale, vocabulary(locale)])) as Record<Locale, string[]>
  let started = performance.now()
  await fill(client, vocab)
  const size = fs.statSync(path.join(dir, 'bench.db')).size
  console.log(`Indexed ${DOCS.toLocaleString('en')} documents per language (${(DOCS * 3).toLocaleString('en')} in all, ${LENGTH.body + LENGTH.standfirst + LENGTH.title} words each) in ${((performance.now() - started) / 1000).toFixed(0)} s; database ${(size / 2 ** 20).toFixed(0)} MB`)
  // Merged into one segment per table, as a long-running index ends up after FTS5's automatic merges.
  for (const locale of locales) await client.execute(`INSERT INTO search_fts_${locale}(search_fts_${locale}) VALUES ('optimize')`)

  // Cross-script: tag1's names in other scripts, as editors' aliases would give them.
  const topics: TopicNames[] = [{ key: 'tag1', names: ['xocali', 'khojaly', 'ходжалы'] }, ...Array.from({ length: 600 }, (_, n) => ({ key: `tag${n + 2}`, names: [`topic name ${n}`] }))]
  const next = random(7)
  const word = (locale: Locale, from: number, to: number) => vocab[locale][from + Math.floor(next() * (to - from))]
  const cases: { name: string; query: (locale: Locale) => string }[] = [
    { name: 'common word (rank 1–20)', query: (l) => word(l, 0, 20) },
    { name: 'frequent word (rank 20–200)', query: (l) => word(l, 20, 200) },
    { name: 'rare word (rank 5,000–40,000)', query: (l) => word(l, 5000, VOCABULARY) },
    { name: 'prefix, 3 letters', query: (l) => [...word(l, 200, 2000).padEnd(3, 'a')].slice(0, 3).join('') },
    { name: 'prefix, 5 letters', query: (l) => [...word(l, 200, 5000)].slice(0, 5).join('') },
    { name: 'two words', query: (l) => `${word(l, 20, 300)} ${word(l, 100, 3000)}` },
    { name: 'cross-script (Ходжалы on en)', query: () => 'Ходжалы' },
  ]
  console.log(`\n${'query'.padEnd(32)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'avg hits'.padStart(10)}`)
  for (const { name, query } of cases) {
    const times: number[] = []
    let hits = 0
    for (let run = 0; run < RUNS; run++) {
      const locale = name.startsWith('cross') ? 'en' : locales[run % locales.length]
      started = performance.now()
      const result = await search(payload, { locale, query: query(locale), page: 1, pageSize: 10, topics })
      times.push(performance.now() - started)
      hits += result.total
    }
    times.sort((a, b) => a - b)
    console.log(`${name.padEnd(32)} ${percentile(times, 50).toFixed(1).padStart(8)} ${percentile(times, 99).toFixed(1).padStart(8)} ${Math.round(hits / RUNS).toLocaleString('en').padStart(10)}`)
  }
  await payload.destroy()
  fs.rmSync(dir, { recursive: true, force: true })
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
