import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { defaultMessages, messageKeys } from './defaultMessages'

export type StringCell = { value: string; fileValue: string | undefined; overrideId: number | string | undefined; missing: boolean }
export type StringRow = { key: string; cells: Record<Locale, StringCell> }
export type StringFilter = 'all' | 'missing' | 'overridden'
export type OverrideDoc = { id: number | string; key: string; locale: string; value: string }

/**
 * The admin's table of interface strings: every key of messages/az.json with each language's live
 * text (override, else file), the file's text, and the override's id. A language is "missing" when it
 * has no text of its own: nothing in its file and no override, or the very Azerbaijani text.
 */
export function buildStringTable(overrides: OverrideDoc[], query = '', filter: StringFilter = 'all'): StringRow[] {
  const byKey = new Map(overrides.map((doc) => [`${doc.locale}:${doc.key}`, doc]))
  const needle = query.trim().toLocaleLowerCase()
  const rows: StringRow[] = messageKeys.map((key) => {
    const cells = {} as Record<Locale, StringCell>
    for (const locale of locales) {
      const override = byKey.get(`${locale}:${key}`)
      const fileValue = defaultMessages[locale][key]
      const value = override?.value ?? fileValue ?? ''
      const missing = value.trim() === '' || (locale !== defaultLocale && value === defaultMessages[defaultLocale][key])
      cells[locale] = { value, fileValue, overrideId: override?.id, missing }
    }
    return { key, cells }
  })
  return rows.filter(({ key, cells }) => {
    const values = Object.values(cells)
    if (filter === 'missing' && !values.some((cell) => cell.missing)) return false
    if (filter === 'overridden' && !values.some((cell) => cell.overrideId !== undefined)) return false
    if (!needle) return true
    return key.toLocaleLowerCase().includes(needle) || values.some((cell) => cell.value.toLocaleLowerCase().includes(needle))
  })
}
