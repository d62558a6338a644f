import type { DefaultServerCellComponentProps } from 'payload'

import { defaultLocale, locales } from '@/i18n/locales'
import { translationStatus, TRANSLATED_FIELDS, type TrackedCollection, type TrackedDoc } from '@/lib/translation/status'

import { adminLanguage } from '../adminText'
import { STATE_LABELS } from './labels'

const MARK = { complete: '✓', missing: '✗', outdated: '↻' } as const

/**
 * The admin list's "Translation" column: each language's state (complete, missing fields, outdated).
 * The list row holds one language only, so the cell reads the document's latest draft in all
 * languages (ten rows a page: ten small reads).
 */
export async function TranslationStatusCell({ payload, rowData, collectionSlug, i18n }: DefaultServerCellComponentProps) {
  if (!(collectionSlug in TRANSLATED_FIELDS) || rowData?.id === undefined) return null
  const collection = collectionSlug as TrackedCollection
  const doc = await payload.findByID({ collection, id: rowData.id as number, locale: 'all', draft: true, depth: 0, disableErrors: true })
  if (!doc) return null
  const status = translationStatus(doc as unknown as TrackedDoc, TRANSLATED_FIELDS[collection])
  const labels = STATE_LABELS[adminLanguage(i18n.language)]
  return (
    <span className="translation-status" style={{ display: 'inline-flex', gap: '0.5rem', whiteSpace: 'nowrap' }}>
      {locales.map((locale) => {
        const { state, missing } = status[locale]
        const title = `${locale}: ${labels[state]}${missing.length ? ` (${missing.join(', ')})` : ''}`
        return (
          <span key={locale} data-locale={locale} data-state={state} title={title} aria-label={title}>
            {locale === defaultLocale ? locale : `${locale} ${MARK[state]}`}
          </span>
        )
      })}
    </span>
  )
}
