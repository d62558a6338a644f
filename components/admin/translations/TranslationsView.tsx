import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import type { TrackedCollection } from '@/lib/translation/status'
import { listTranslationWork } from '@/lib/translation/worklist'

/** How each kind of document is named under its title. */
const KIND = {
  articles: 'custom:translations.articles',
  'remembrance-events': 'custom:translations.events',
  pages: 'custom:translations.pages',
} as const satisfies Record<TrackedCollection, string>

/**
 * The translator dashboard (/admin/translations): every article, remembrance event and page whose en or ru
 * translation is missing or outdated or has a correction note to translate (counted above the list), the one
 * waiting longest first, each linking straight to the
 * document in the admin in the language to translate.
 */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n, user } = req
  const t = adminT(i18n)
  const allowed = hasRole(user, CONTENT_ROLES)
  const work = allowed ? await listTranslationWork(payload, user, payload.config.routes.admin) : []
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })
  const corrections = work.reduce((sum, item) => sum + item.corrections, 0)

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter className="translations-dashboard">
        <h1>{t('custom:translations.title')}</h1>
        {!allowed ? (
          <p>{t('custom:translations.forbidden')}</p>
        ) : work.length === 0 ? (
          <p>{t('custom:translations.none')}</p>
        ) : (
          <>
            <p>{t('custom:translations.intro')}</p>
            {corrections > 0 && (
              <p data-corrections={corrections}>
                <strong>{t('custom:translations.corrections', { count: corrections })}</strong>
              </p>
            )}
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  {(['document', 'language', 'status', 'fields', 'since'] as const).map((column) => t(`custom:translations.${column}`)).map((heading) => (
                    <th key={heading} scope="col" style={{ textAlign: 'left', padding: '0.5rem 0.5rem 0.5rem 0' }}>
                      {heading}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {work.map((item) => (
                  <tr key={`${item.collection}:${item.id}:${item.locale}`} data-state={item.state} style={{ borderTop: '1px solid var(--theme-elevation-150)' }}>
                    <td style={{ padding: '0.5rem 0.5rem 0.5rem 0' }}>
                      <a href={item.href}>{item.title}</a>
                      <br />
                      <small>{t(KIND[item.collection])}</small>
                    </td>
                    <td>{item.locale}</td>
                    <td>{t(`custom:translations.state.${item.state}`)}</td>
                    <td>
                      {item.missing.join(', ')}
                      {item.corrections > 0 && <div>{t('custom:translations.corrections', { count: item.corrections })}</div>}
                    </td>
                    <td>
                      <time dateTime={item.since}>{when.format(new Date(item.since))}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
