import { Gutter } from '@payloadcms/ui'
import type { ListViewServerProps } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import { locales } from '@/i18n/locales'
import { buildStringTable, type StringFilter } from '@/lib/i18n/stringTable'

import { StringEditor } from './StringEditor'

const FILTERS: StringFilter[] = ['all', 'missing', 'overridden']

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0] : value) ?? ''

/**
 * Replaces Payload's list of ui-strings: every key of messages/az.json once, with the az, en and ru
 * text side by side, the file's default under an override, a search box and a missing/overridden
 * filter (a plain GET form, so it works without JavaScript). Each text is edited in place by a small
 * client component that saves through the REST API, where the collection's validation applies.
 */
export async function InterfaceStringsView({ payload, i18n, searchParams, user }: ListViewServerProps) {
  const t = adminT(i18n)
  const query = first(searchParams?.q)
  const filter = (FILTERS as string[]).includes(first(searchParams?.show)) ? (first(searchParams?.show) as StringFilter) : 'all'
  const { docs } = await payload.find({
    collection: 'ui-strings',
    depth: 0,
    pagination: false,
    select: { key: true, locale: true, value: true },
    user,
    overrideAccess: false,
  })
  const rows = buildStringTable(docs, query, filter)
  const canEdit = hasRole(user, CONTENT_ROLES)

  return (
    <Gutter className="interface-strings">
      <h1>{t('custom:interfaceStrings.title')}</h1>
      <p>{t('custom:interfaceStrings.intro')}</p>
      <form method="get" className="interface-strings__filters" role="search" style={{ display: 'flex', gap: '1rem', alignItems: 'end', flexWrap: 'wrap', margin: '1rem 0' }}>
        <label>
          {t('custom:interfaceStrings.search')}
          <br />
          <input type="search" name="q" defaultValue={query} style={{ minWidth: '20rem' }} />
        </label>
        <label>
          {t('custom:interfaceStrings.show')}
          <br />
          <select name="show" defaultValue={filter}>
            {FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`custom:interfaceStrings.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t('custom:interfaceStrings.apply')}
        </button>
        <span aria-live="polite">
          {t('custom:interfaceStrings.keyCount', { count: rows.length })}
        </span>
      </form>
      <table className="interface-strings__table" style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }}>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', width: '16%' }}>
              {t('custom:interfaceStrings.key')}
            </th>
            {locales.map((locale) => (
              <th key={locale} scope="col" style={{ textAlign: 'left' }}>
                {locale}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, cells }) => (
            <tr key={key} data-key={key} style={{ borderTop: '1px solid var(--theme-elevation-150)', verticalAlign: 'top' }}>
              <th scope="row" style={{ textAlign: 'left', fontFamily: 'monospace', wordBreak: 'break-all', padding: '0.5rem 0.5rem 0.5rem 0' }}>
                {key}
              </th>
              {locales.map((locale) => (
                <td key={locale} data-locale={locale} style={{ padding: '0.5rem' }}>
                  <StringEditor messageKey={key} locale={locale} cell={cells[locale]} canEdit={canEdit} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Gutter>
  )
}
