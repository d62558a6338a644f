import { Forbidden, type GlobalBeforeChangeHook } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'

type Banner = { text?: string | null }

/**
 * Putting up a banner in a language, or taking one down, is an editorial decision: a translator may reword
 * (or translate) the text of a banner that language already shows, nothing more. The stored text is read
 * without the Azerbaijani fallback, so an empty language counts as empty.
 */
export const translatorsOnlyReword: GlobalBeforeChangeHook = async ({ data, req }) => {
  if (!req.user || hasRole(req.user, EDITING_ROLES)) return data
  const stored = (await req.payload.findGlobal({ slug: 'breaking-news', locale: req.locale ?? undefined, fallbackLocale: false, depth: 0, req })) as Banner
  const text = (data as Banner).text
  if (text !== undefined && Boolean(text?.trim()) !== Boolean(stored.text?.trim())) throw new Forbidden(req.t)
  return data
}
