import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { adminT } from '@/i18n/admin'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'

type Embargoed = { embargoUntil?: string | null; _status?: string | null }

const time = (value: string | null | undefined): number | null => (value ? new Date(value).getTime() : null)

/** The embargo as the admin reads it: in their language, in the newsroom's time zone. */
export function formatEmbargo(req: PayloadRequest, value: string | Date): string {
  const parts = { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const
  return new Intl.DateTimeFormat(req.i18n.language, { ...parts, timeZone: NEWSROOM_TIME_ZONE, timeZoneName: 'short' }).format(new Date(value))
}

function embargoError(req: PayloadRequest, key: 'embargo.inPast' | 'embargo.publishEarly', embargoUntil: string) {
  return new ValidationError(
    { collection: 'articles', errors: [{ path: 'embargoUntil', message: adminT(req.i18n)(`custom:${key}`, { time: formatEmbargo(req, embargoUntil) }) }] },
    req.t,
  )
}

/**
 * Nothing under embargo reaches readers: a save that publishes before the embargo time is refused whole
 * (drafts and autosaves are not: the story is prepared meanwhile). A new or changed embargo must lie ahead;
 * one that has already passed is kept as it was. A publication that comes due at the embargo time itself
 * (scheduled for it) runs at or after that moment, so it is allowed.
 */
export const enforceEmbargo: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const incoming = data as Embargoed
  const before = (originalDoc ?? {}) as Embargoed
  const embargoUntil = incoming.embargoUntil !== undefined ? incoming.embargoUntil : before.embargoUntil
  const until = time(embargoUntil)
  const now = Date.now()
  if (embargoUntil && until !== null && until !== time(before.embargoUntil) && until < now) {
    throw embargoError(req, 'embargo.inPast', embargoUntil)
  }
  if (incoming._status === 'published' && embargoUntil && until !== null && now < until) {
    throw embargoError(req, 'embargo.publishEarly', embargoUntil)
  }
  return data
}
