import type { ServerProps } from 'payload'
import type { ReactNode } from 'react'

import { MODERATION_ROLES } from '@/access/moderationStaff'
import { CONTENT_ROLES, hasRole, roleOf } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { liveCoverageInProgress, myOpenTasks, nextCommemorations, pendingReviews, scheduledToday } from '@/lib/calendar/attention'
import { newsletterCounts } from '@/lib/newsletter/counts'
import { listTranslationWork } from '@/lib/translation/worklist'

import { formatters } from '../calendar/format'

function Block({ id, title, children, action }: { id: string; title: string; children: ReactNode; action?: { href: string; label: string } }) {
  return (
    <section
      aria-labelledby={`attention-${id}`}
      data-attention={id}
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem 1rem' }}
    >
      <h3 id={`attention-${id}`} style={{ marginTop: 0 }}>
        {title}
      </h3>
      {children}
      {action && (
        <p style={{ marginBottom: 0 }}>
          <a href={action.href}>{action.label} →</a>
        </p>
      )}
    </section>
  )
}

/**
 * What needs the staff member's attention, above the dashboard's collection cards (admin.components.beforeDashboard),
 * by role: content staff their open tasks, the next commemorations and today's scheduled publications; moderators
 * (and editors, admins) the reviews waiting; translators the translations missing or outdated; everyone the newsletter's counts. Each read uses the
 * staff member's own access; each block links to where the work is done.
 */
export async function AttentionDashboard({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const t = adminT(i18n)
  const now = new Date()
  const adminRoute = payload.config.routes.admin
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const format = formatters(i18n.language)
  const content = hasRole(user, CONTENT_ROLES)
  const moderates = hasRole(user, MODERATION_ROLES)
  const translates = roleOf(user) === 'translator'

  const [live, tasks, commemorations, today, reviews, translations, newsletter] = await Promise.all([
    content || translates ? liveCoverageInProgress(payload, user, locale, adminRoute) : undefined,
    content ? myOpenTasks(payload, user, locale, now) : undefined,
    content ? nextCommemorations(payload, user, locale, now, adminRoute) : undefined,
    content ? scheduledToday(payload, user, locale, now, adminRoute) : undefined,
    moderates ? pendingReviews(payload, user) : undefined,
    translates ? listTranslationWork(payload, user, adminRoute) : undefined,
    newsletterCounts(payload, user),
  ])
  const calendar = { href: `${adminRoute}/calendar`, label: t('custom:dashboard.openCalendar') }

  return (
    <div className="attention-dashboard" style={{ marginBottom: '2rem' }}>
      <h2>{t('custom:dashboard.title')}</h2>
      <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(18rem, 1fr))' }}>
        {/* Only while something is live: a "nothing is live" block would be noise on every other day. */}
        {live && live.length > 0 && (
          <Block id="live" title={t('custom:dashboard.liveNow')}>
            <ul>
              {live.map((item) => (
                <li key={item.id} data-live-article={item.id}>
                  {translates ? (
                    <>
                      {item.title} · <a href={item.entriesHref}>{t('custom:dashboard.translateEntries')}</a>
                    </>
                  ) : (
                    <>
                      <a href={item.href}>{item.title}</a> · <a href={item.href}>{t('custom:dashboard.addEntry')}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </Block>
        )}
        {tasks && (
          <Block id="tasks" title={t('custom:dashboard.myTasks')} action={calendar}>
            {tasks.length === 0 ? (
              <p>{t('custom:dashboard.noTasks')}</p>
            ) : (
              <ul>
                {tasks.map((task) => (
                  <li key={task.id} data-task={task.id} data-overdue={task.overdue}>
                    <a href={`${adminRoute}/calendar?month=${task.dueDate.slice(0, 7)}#task-${task.id}`}>
                      {t(`custom:calendar.kind.${task.kind}`)} ({task.locale}) · {task.eventName}
                    </a>{' '}
                    · <time dateTime={task.dueDate}>{format.day(task.dueDate)}</time>
                    {task.overdue && <strong style={{ color: 'var(--theme-error-500)' }}> {t('custom:calendar.overdue')}</strong>}
                  </li>
                ))}
              </ul>
            )}
          </Block>
        )}
        {commemorations && (
          <Block id="commemorations" title={t('custom:dashboard.nextCommemorations')}>
            {commemorations.length === 0 ? (
              <p>{t('custom:dashboard.noCommemorations')}</p>
            ) : (
              <ul>
                {commemorations.map((item) => (
                  <li key={item.id} data-commemoration={item.id}>
                    <a href={item.href}>
                      <time dateTime={item.date}>{format.day(item.date)}</time> · {item.name}
                    </a>{' '}
                    ({t('custom:calendar.anniversary', { number: item.number })})
                  </li>
                ))}
              </ul>
            )}
          </Block>
        )}
        {today && (
          <Block id="scheduled" title={t('custom:dashboard.scheduledToday')}>
            {today.length === 0 ? (
              <p>{t('custom:dashboard.noScheduledToday')}</p>
            ) : (
              <ul>
                {today.map((item) => (
                  <li key={`${item.href}:${item.at}`}>
                    <time dateTime={item.at}>{format.instant(item.at)}</time> · <a href={item.href}>{item.title}</a>
                  </li>
                ))}
              </ul>
            )}
          </Block>
        )}
        {reviews !== undefined && (
          <Block
            id="reviews"
            title={t('custom:dashboard.reviews')}
            action={{ href: `${adminRoute}/collections/reviews?where[status][equals]=pending`, label: t('custom:dashboard.openReviews') }}
          >
            <p data-count={reviews}>{reviews === 0 ? t('custom:dashboard.noReviews') : t('custom:dashboard.reviewsWaiting', { count: reviews })}</p>
          </Block>
        )}
        <Block id="newsletter" title={t('custom:dashboard.newsletter')} action={{ href: `${adminRoute}/collections/subscribers`, label: t('custom:dashboard.openSubscribers') }}>
          <p data-count={newsletter.confirmed}>{t('custom:dashboard.newsletterConfirmed', { count: newsletter.confirmed })}</p>
          <p>{t('custom:dashboard.newsletterFrequency', { daily: newsletter.daily, weekly: newsletter.weekly })}</p>
          <p>{t('custom:dashboard.newsletterLanguages', newsletter.languages)}</p>
          <p>{t('custom:dashboard.newsletterPending', { count: newsletter.pending })}</p>
        </Block>
        {translations && (
          <Block
            id="translations"
            title={t('custom:dashboard.translations')}
            action={{ href: `${adminRoute}/translations`, label: t('custom:dashboard.openTranslations') }}
          >
            {translations.length === 0 ? (
              <p>{t('custom:dashboard.noTranslations')}</p>
            ) : (
              <>
                <p data-count={translations.length}>{t('custom:dashboard.translationsWaiting', { count: translations.length })}</p>
                <ul>
                  {translations.slice(0, 5).map((item) => (
                    <li key={`${item.collection}:${item.id}:${item.locale}`}>
                      <a href={item.href}>{item.title}</a> ({item.locale}, {t(`custom:translations.state.${item.state}`)})
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Block>
        )}
      </div>
    </div>
  )
}
