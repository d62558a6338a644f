import type { Locale } from '@/i18n/locales'
import { addDays, startOfDayIn, todayIn, type Day } from '@/lib/calendar/days'

import type { Frequency } from './options'

/**
 * One issue of the newsletter: a frequency, a language and the days it covers (in the newsroom's zone), named by
 * a key such as `daily:2026-12-06:az`. Sent the morning after: a daily issue covers yesterday, a weekly one the
 * seven days before the Monday it goes out on. The key comes from the time the job was queued, so a run
 * retried after midnight still sends the issue it was queued for.
 */
export type Issue = { frequency: Frequency; locale: Locale; first: Day; next: Day; key: string }

export function issueFor(frequency: Frequency, locale: Locale, queuedAt: Date): Issue {
  const next = todayIn(queuedAt)
  const first = addDays(next, frequency === 'daily' ? -1 : -7)
  return { frequency, locale, first, next, key: `${frequency}:${first}:${locale}` }
}

/** The instants an issue's articles were published between. */
export const issueWindow = (issue: Issue) => ({ from: startOfDayIn(issue.first), to: startOfDayIn(issue.next) })
