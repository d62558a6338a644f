import type { Client } from '@libsql/client'
import type { Payload } from 'payload'

/**
 * Keeps SQLite's query planner statistics current (ANALYZE, sampling at most ANALYSIS_LIMIT rows an index, about
 * 25 ms at 100,000 articles a language), at start-up and then every few hours as the archive grows. Without them the
 * planner guesses, and for "the newest four articles of a section" (the home page) it starts from the section's
 * relation rows and sorts all of them: 60 ms a section at 100,000 articles, against 2.5 ms once it knows that reading
 * the newest articles in order finds four within a few dozen rows (scripts/bench/sizes.mjs measures the home page).
 * MongoDB's planner measures candidate plans itself: this installs itself only on the SQLite adapter.
 */
const ANALYSIS_LIMIT = 1000
const REFRESH_MS = 6 * 60 * 60 * 1000
const INSTALLED = Symbol.for('portal.sqliteStatistics')

const sqliteClient = (payload: Payload) =>
  payload.db.name === 'sqlite' ? (payload.db as unknown as { client?: Client & { [INSTALLED]?: true } }).client : undefined

/** One round of statistics; a no-op on MongoDB. */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  const client = sqliteClient(payload)
  if (!client) return
  try {
    await client.execute(`PRAGMA analysis_limit = ${ANALYSIS_LIMIT}`)
    await client.execute('ANALYZE')
  } catch (error) {
    // A busy database or one closing: the statistics are only a hint, and the next round tries again.
    payload.logger.warn(`Query planner statistics not refreshed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

export async function keepPlannerStatistics(payload: Payload): Promise<void> {
  const client = sqliteClient(payload)
  if (!client || client[INSTALLED]) return
  client[INSTALLED] = true
  await refreshPlannerStatistics(payload)
  setInterval(() => void refreshPlannerStatistics(payload), REFRESH_MS).unref()
}
