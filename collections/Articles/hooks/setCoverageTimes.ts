import type { CollectionBeforeChangeHook } from 'payload'

type Coverage = { state?: string | null; startsAt?: string | null; endsAt?: string | null }

/**
 * A live article's coverage is dated by what the editor does, unless they gave the times: it starts when its state
 * first becomes "live" and ends when it becomes "ended" (the LiveBlogPosting's coverageStartTime and coverageEndTime).
 */
export const setCoverageTimes: CollectionBeforeChangeHook = ({ data }) => {
  if (data.articleType !== 'live' || !data.liveCoverage || typeof data.liveCoverage !== 'object') return data
  const coverage = data.liveCoverage as Coverage
  const now = new Date().toISOString()
  const startsAt = coverage.startsAt ?? (coverage.state === 'live' || coverage.state === 'ended' ? now : null)
  const endsAt = coverage.endsAt ?? (coverage.state === 'ended' ? now : null)
  return { ...data, liveCoverage: { ...coverage, startsAt, endsAt } }
}
