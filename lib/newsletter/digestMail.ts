import type { Locale } from '@/i18n/locales'
import { configuredOrigin } from '@/lib/siteUrl'

import type { DigestContent } from './digestContent'
import type { Issue } from './issue'
import { escapeHtml, mailTranslator } from './translator'

export type ManageLinks = { preferences: string; unsubscribe: string }
export type RenderedDigest = { subject: string; html: (links: ManageLinks) => string; text: (links: ManageLinks) => string }

/**
 * An issue as a mail, HTML and plain text from the same strings. Everything but the footer's two links is the
 * same for every subscriber of the issue, so it is rendered once; each subscriber's mail adds their links.
 */
export function renderDigest(issue: Issue, content: DigestContent): RenderedDigest {
  const t = mailTranslator(issue.locale)
  const origin = configuredOrigin(process.env)
  const lang: Locale = issue.locale
  const day = (value: string) => new Date(`${value}T12:00:00.000Z`)
  const period =
    issue.frequency === 'daily'
      ? t('dailyPeriod', { date: day(issue.first) })
      : t('weeklyPeriod', { from: day(issue.first), to: new Date(day(issue.next).getTime() - 86400_000) })
  const subject = t('digestSubject', { frequency: issue.frequency, period })
  const articleUrl = (slug: string) => `${origin}/${lang}/news/${encodeURIComponent(slug)}`
  const eventUrl = (slug: string) => `${origin}/${lang}/remembrance/${encodeURIComponent(slug)}`
  const when = (daysUntil: number, number: number) => t('commemorationWhen', { days: daysUntil, number })

  const articlesHtml = content.articles
    .map(
      (article) => `<tr><td style="padding:0 0 1.5em">
${article.image ? `<a href="${escapeHtml(articleUrl(article.slug))}"><img src="${escapeHtml(article.image.url)}" alt="${escapeHtml(article.image.alt)}" width="560" style="max-width:100%;height:auto;display:block"></a>` : ''}
<h2 style="font-size:1.15em;margin:.5em 0 .25em"><a href="${escapeHtml(articleUrl(article.slug))}" style="color:#10233f">${escapeHtml(article.title)}</a></h2>
${article.standfirst ? `<p style="margin:0">${escapeHtml(article.standfirst)}</p>` : ''}
</td></tr>`,
    )
    .join('\n')
  const eventsHtml = content.commemorations.length
    ? `<h2 style="font-size:1.1em">${escapeHtml(t('commemorationsHeading'))}</h2><ul>${content.commemorations
        .map((event) => `<li><a href="${escapeHtml(eventUrl(event.slug))}">${escapeHtml(event.name)}</a> — ${escapeHtml(when(event.daysUntil, event.number))}</li>`)
        .join('')}</ul>`
    : ''
  const head = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:sans-serif;line-height:1.5;color:#1d1d1d"><table role="presentation" width="100%" style="max-width:600px;margin:0 auto"><tr><td>
<h1 style="font-size:1.4em">${escapeHtml(subject)}</h1>
<p>${escapeHtml(t('digestIntro', { count: content.articles.length }))}</p>
<table role="presentation" width="100%">${articlesHtml}</table>
${eventsHtml}`

  const articlesText = content.articles.map((article) => [article.title, article.standfirst, articleUrl(article.slug)].filter(Boolean).join('\n')).join('\n\n')
  const eventsText = content.commemorations.length
    ? `\n\n${t('commemorationsHeading')}\n${content.commemorations.map((event) => `- ${event.name} — ${when(event.daysUntil, event.number)}\n  ${eventUrl(event.slug)}`).join('\n')}`
    : ''
  const textHead = `${subject}\n\n${t('digestIntro', { count: content.articles.length })}\n\n${articlesText}${eventsText}`

  return {
    subject,
    html: (links) =>
      `${head}
<hr><p style="color:#555;font-size:.9em">${escapeHtml(t('digestFooter'))}<br>
<a href="${escapeHtml(links.preferences)}">${escapeHtml(t('preferencesAction'))}</a> · <a href="${escapeHtml(links.unsubscribe)}">${escapeHtml(t('unsubscribeAction'))}</a></p>
</td></tr></table></body></html>`,
    text: (links) => `${textHead}\n\n--\n${t('digestFooter')}\n${t('preferencesAction')}: ${links.preferences}\n${t('unsubscribeAction')}: ${links.unsubscribe}\n`,
  }
}
