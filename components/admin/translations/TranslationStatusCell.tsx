import { headers } from 'next/headers'
import type { DefaultServerCellComponentProps, Payload } from 'payload'
import { cache } from 'react'

import { adminT } from '@/i18n/admin'
import { defaultLocale, locales } from '@/i18n/locales'
import { translationStatus, TRANSLATED_FIELDS, type TrackedCollection, type TrackedDoc } from '@/lib/translation/status'

const MARK = { complete: '✓', missing: '✗', outdated: '↻', correction: '✎' } as const

/** The logged-in staff member of this admin request (cells are not given it), read once per request. */
const staffUser = cache(async (payload: Payload) => (await payload.auth({ headers: await headers() })).user)

/**
 * The admin list's "Translation" column: each language's state (complete, missing fields, outdated, a
 * correction note to translate).
 * The list row holds one language only, so the cell reads the document's latest draft in all
 * languages (ten rows a page: ten small reads).
 */
export async function TranslationStatusCell({ payload, rowData, collectionSlug, i18n }: DefaultServerCellComponentProps) {
  if (!(collectionSlug in TRANSLATED_FIELDS) || rowData?.id === undefined) return null
  const collection = collectionSlug as TrackedCollection
  const doc = await payload.findByID({
    collection,
    id: rowData.id as number,
    locale: 'all',
    draft: true,
    depth: 0,
    disableErrors: true,
    // As the staff member looking at the list: a moderator, who reads published content only, gets nothing.
    user: await staffUser(payload),
    overrideAccess: false,
  })
  if (!doc) return null
  const status = translationStatus(doc as unknown as TrackedDoc, TRANSLATED_FIELDS[collection])
  const t = adminT(i18n)
  return (
    <span className="translation-status" style={{ display: 'inline-flex', gap: '0.5rem', whiteSpace: 'nowrap' }}>
      {locales.map((locale) => {
        const { state, missing } = status[locale]
        const title = `${locale}: ${t(`custom:translations.state.${state}`)}${missing.length ? ` (${missing.join(', ')})` : ''}`
        return (
          <span key={locale} data-locale={locale} data-state={state} title={title} aria-label={title}>
            {locale === defaultLocale ? locale : `${locale} ${MARK[state]}`}
          </span>
        )
      })}
    </span>
  )
}
