import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { adminT } from '@/i18n/admin'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { monthBounds, parseMonth } from '@/lib/calendar/days'
import { loadCalendarMonth } from '@/lib/calendar/month'

import { formatters } from './format'
import { TaskControls } from './TaskControls'

const cell = { padding: '0.5rem 0.5rem 0.5rem 0', textAlign: 'left', verticalAlign: 'top' } as const
const row = { borderTop: '1px solid var(--theme-elevation-150)' } as const

/** The month before, as `YYYY-MM`. */
function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number)
  return number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`
}

/**
 * The commemoration calendar (/admin/calendar?month=YYYY-MM, the current month in Baku by default): the month's
 * commemorations with the 00:00-Baku moment their coverage is embargoed until and what is set for it, the
 * editorial tasks per language (assign, mark done; overdue ones marked), the scheduled publications and the
 * embargoes. Everything is read with the staff member's own access.
 */
export async function CalendarView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult
  const { payload, i18n, user } = req
  const t = adminT(i18n)
  const allowed = Boolean(user) && hasRole(user, CONTENT_ROLES)
  const month = parseMonth(searchParams?.month, new Date())
  const contentLocale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const adminRoute = payload.config.routes.admin
  const data = allowed && user ? await loadCalendarMonth(payload, user, month, contentLocale, new Date(), adminRoute) : undefined
  const format = formatters(i18n.language)
  const link = (target: string) => `${adminRoute}/calendar?month=${target}`

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
      <Gutter className="commemoration-calendar">
        <h1>{t('custom:calendar.title')}</h1>
        {!data ? (
          <p>{t('custom:calendar.forbidden')}</p>
        ) : (
          <>
            <p>{t('custom:calendar.intro')}</p>
            <nav style={{ display: 'flex', gap: '1rem', alignItems: 'baseline' }}>
              <a href={link(previousMonth(month))} rel="prev">
                ← {t('custom:calendar.previous')}
              </a>
              <h2 id="calendar-month" data-month={month} style={{ margin: 0 }}>
                {format.month(month)}
              </h2>
              <a href={link(monthBounds(month).next.slice(0, 7))} rel="next">
                {t('custom:calendar.next')} →
              </a>
            </nav>

            <section aria-labelledby="calendar-commemorations">
              <h3 id="calendar-commemorations">{t('custom:calendar.commemorations')}</h3>
              {data.commemorations.length === 0 ? (
                <p>{t('custom:calendar.noCommemorations')}</p>
              ) : (
                <ul>
                  {data.commemorations.map((item) => (
                    <li key={item.event.id} data-commemoration={item.event.id}>
                      <strong>
                        <time dateTime={item.date}>{format.day(item.date)}</time> · <a href={item.event.href}>{item.event.name}</a>
                      </strong>{' '}
                      ({t('custom:calendar.anniversary', { number: item.number })})
                      <div data-midnight={item.midnight}>{t('custom:calendar.midnight', { time: format.instant(item.midnight) })}</div>
                      {item.atMidnight.length === 0 ? (
                        <div>{t('custom:calendar.nothingAtMidnight')}</div>
                      ) : (
                        <div>
                          {t('custom:calendar.atMidnight')}{' '}
                          {item.atMidnight.map((entry, index) => (
                            <span key={`${entry.kind}:${entry.href}`}>
                              {index > 0 && ', '}
                              <a href={entry.href}>{entry.title}</a> (
                              {t(entry.kind === 'embargo' ? 'custom:calendar.embargoUntil' : 'custom:calendar.publishAction')})
                            </span>
                          ))}
                        </div>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby="calendar-tasks">
              <h3 id="calendar-tasks">{t('custom:calendar.tasks')}</h3>
              {data.tasks.length === 0 ? (
                <p>{t('custom:calendar.noTasks')}</p>
              ) : (
                <table style={{ width: '100%', borderCollapse: 'collapse' }}>
                  <thead>
                    <tr>
                      {(['due', 'event', 'task', 'language', 'assignee', 'done'] as const).map((column) => (
                        <th key={column} scope="col" style={cell}>
                          {t(`custom:calendar.${column}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.tasks.map((task) => (
                      <tr
                        key={task.id}
                        id={`task-${task.id}`}
                        data-task={task.id}
                        data-event={task.event.id}
                        data-kind={task.kind}
                        data-locale={task.locale}
                        data-done={task.done}
                        data-overdue={task.overdue}
                        style={{ ...row, ...(task.overdue ? { background: 'var(--theme-error-50)' } : {}) }}
                      >
                        <td style={cell}>
                          <time dateTime={task.dueDate}>{format.day(task.dueDate)}</time>
                          {task.overdue && (
                            <>
                              {' '}
                              <strong style={{ color: 'var(--theme-error-500)' }}>{t('custom:calendar.overdue')}</strong>
                            </>
                          )}
                        </td>
                        <td style={cell}>
                          <a href={task.event.href}>{task.event.name}</a>
                          <br />
                          <small>
                            <time dateTime={task.anniversaryDate}>{format.day(task.anniversaryDate)}</time>
                          </small>
                        </td>
                        <td style={cell}>{t(`custom:calendar.kind.${task.kind}`)}</td>
                        <td style={cell}>{task.locale}</td>
                        <td style={cell}>{task.assignee?.name ?? t('custom:calendar.unassigned')}</td>
                        <td style={cell}>
                          {task.done ? `✓ ${t('custom:calendar.done')}` : ''}
                          <TaskControls id={task.id} done={task.done} assigneeId={task.assignee?.id ?? null} staff={data.staff} canAssign={data.canAssign} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>

            <section aria-labelledby="calendar-scheduled">
              <h3 id="calendar-scheduled">{t('custom:calendar.scheduled')}</h3>
              {data.scheduled.length === 0 ? (
                <p>{t('custom:calendar.noScheduled')}</p>
              ) : (
                <ul>
                  {data.scheduled.map((item) => (
                    <li key={`${item.href}:${item.at}:${item.action}`} data-scheduled={item.at}>
                      <time dateTime={item.at}>{format.instant(item.at)}</time> · <a href={item.href}>{item.title}</a> ·{' '}
                      {t(item.action === 'unpublish' ? 'custom:calendar.unpublishAction' : 'custom:calendar.publishAction')} (
                      {item.locale ?? t('custom:calendar.allLanguages')})
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby="calendar-embargoes">
              <h3 id="calendar-embargoes">{t('custom:calendar.embargoes')}</h3>
              {data.embargoes.length === 0 ? (
                <p>{t('custom:calendar.noEmbargoes')}</p>
              ) : (
                <ul>
                  {data.embargoes.map((item) => (
                    <li key={item.href} data-embargo={item.until}>
                      {t('custom:calendar.embargoUntil')} <time dateTime={item.until}>{format.instant(item.until)}</time> · <a href={item.href}>{item.title}</a>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  )
}
