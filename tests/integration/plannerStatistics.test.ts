import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { refreshPlannerStatistics } from '@/cms/sqliteStatistics'
import { publishedInLanguage } from '@/lib/data/published'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>
type Drizzle = { all: (query: unknown) => Promise<Record<string, unknown>[]> }
const drizzle = () => (payload.db as unknown as { drizzle: Drizzle }).drizzle

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

it("gives SQLite's planner statistics of the articles, and the newest-first list reads the compound index", async () => {
  for (let n = 0; n < 30; n++) {
    await payload.create({ collection: 'articles', locale: 'az', context: { disableRevalidate: true }, data: { title: `Statistika ${n}`, _status: 'published' } })
  }
  await refreshPlannerStatistics(payload)
  const stats = await drizzle().all(sql`SELECT idx FROM sqlite_stat1 WHERE tbl = 'articles'`)
  expect(stats.map((row) => row.idx)).toContain('_status_publishedAt_createdAt_idx')

  // The shape of Payload's query for a reader's list (lib/data/articles.ts): served in index order, no sorting.
  const plan = await drizzle().all(
    sql.raw(`EXPLAIN QUERY PLAN SELECT DISTINCT articles.id, articles.published_at, articles.created_at FROM articles
      LEFT JOIN articles_locales ON articles.id = articles_locales._parent_id AND articles_locales._locale = 'az'
      WHERE articles_locales.slug IS NOT NULL AND articles._status = 'published'
      ORDER BY articles.published_at DESC, articles.created_at DESC LIMIT 21`),
  )
  const steps = plan.map((row) => String(row.detail))
  expect(steps.join('\n')).toMatch(/_status_publishedAt_createdAt_idx/)
  expect(steps.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/)

  const { docs } = await payload.find({ collection: 'articles', locale: 'az', overrideAccess: false, limit: 3, pagination: false, sort: '-publishedAt', where: publishedInLanguage() })
  expect(docs.map((doc) => doc.title)).toEqual(['Statistika 29', 'Statistika 28', 'Statistika 27'])
})
