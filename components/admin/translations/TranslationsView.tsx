import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { listTranslationWork } from '@/lib/translation/worklist'

import { adminLanguage } from '../adminText'
import { DASHBOARD_LABELS, STATE_LABELS } from './labels'

/**
 * The translator dashboard (/admin/translations): every article and remembrance event whose en or ru
 * translation is missing or outdated, the one waiting longest first, each linking straight to the
 * document in the admin in the language to translate.
 */
export async function TranslationsView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n, user } = req
  const language = adminLanguage(i18n.language)
  const labels = DASHBOARD_LABELS[language]
  const allowed = hasRole(user, CONTENT_ROLES)
  const work = allowed ? await listTranslationWork(payload, user, payload.config.routes.admin) : []
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' })

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
        <h1>{labels.title}</h1>
        {!allowed ? (
          <p>{labels.forbidden}</p>
        ) : work.length === 0 ? (
          <p>{labels.none}</p>
        ) : (
          <>
            <p>{labels.intro}</p>
            <table style={{ width: '100%', borderCollapse: 'collapse' }}>
              <thead>
                <tr>
                  {[labels.document, labels.language, labels.status, labels.fields, labels.since].map((heading) => (
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
                      <small>{item.collection === 'articles' ? labels.articles : labels.events}</small>
                    </td>
                    <td>{item.locale}</td>
                    <td>{STATE_LABELS[language][item.state]}</td>
                    <td>{item.missing.join(', ')}</td>
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
