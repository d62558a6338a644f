import { isolateObjectProperty, ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'

import { adminT } from '@/i18n/admin'
import { locales } from '@/i18n/locales'

type EntryData = { article?: unknown; text?: unknown; pinned?: unknown }

const idOf = (value: unknown): number | string | null =>
  typeof value === 'number' || typeof value === 'string' ? value : value && typeof value === 'object' && 'id' in value ? idOf(value.id) : null

const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/**
 * What an entry needs, each refused with a field error the form keeps its values under:
 * - it belongs to a live article (a plain article has no entries to show);
 * - it has text in at least one language (the one being saved, or one saved before);
 * - it is not newly pinned on coverage that has ended (nothing goes "on top" of a finished story any more; an entry
 *   pinned before the end keeps its pin when a typo in it is fixed).
 */
export const checkEntryRules: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const t = adminT(req.i18n)
  // Reads inside the save's transaction; isolated, because a read with a locale sets the request's own (and the save would then write under 'all').
  const readReq = isolateObjectProperty(req, ['locale', 'fallbackLocale'])
  const errors: { path: string; message: string }[] = []
  const entry = { ...(originalDoc as EntryData | undefined), ...(data as EntryData) }
  const articleId = idOf(entry.article)
  const article = articleId
    ? await req.payload.findByID({ collection: 'articles', id: articleId, depth: 0, draft: true, disableErrors: true, overrideAccess: true, req: readReq, select: { articleType: true, liveCoverage: true } })
    : null
  if (!article || article.articleType !== 'live') errors.push({ path: 'article', message: t('custom:live.notLive') })
  else if (entry.pinned === true && (originalDoc as EntryData | undefined)?.pinned !== true && article.liveCoverage?.state === 'ended') errors.push({ path: 'pinned', message: t('custom:live.pinnedAfterEnd') })

  // A save that leaves the text out (a flag toggled over the API) keeps the stored text of this language too.
  const sent = 'text' in data
  if (!hasText((data as EntryData).text) && !(await hasStoredText(originalDoc, req.locale, readReq, sent))) errors.push({ path: 'text', message: t('custom:live.textRequired') })
  if (errors.length) throw new ValidationError({ collection: 'live-entries', errors }, req.t)
  return data
}

/** Whether an entry being saved without text here has text in another language (or in this one, when the save left it out). */
async function hasStoredText(originalDoc: unknown, savedLocale: string | undefined, req: PayloadRequest, replacesThisLanguage: boolean): Promise<boolean> {
  const id = idOf(originalDoc)
  if (id === null) return false
  const stored = await req.payload.findByID({ collection: 'live-entries', id, locale: 'all', depth: 0, draft: true, disableErrors: true, overrideAccess: true, req, select: { text: true } })
  const texts = (stored?.text ?? {}) as unknown as Record<string, unknown>
  return locales.some((locale) => (locale !== savedLocale || !replacesThisLanguage) && hasText(texts[locale]))
}
