import { NextIntlClientProvider } from 'next-intl'
import { getMessages, getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { entryTime, liveStateOf, type LiveEntryView } from '@/lib/live/entries'
import { NEWSROOM_TIME_ZONE } from '@/lib/timeZone'
import type { Article } from '@/payload-types'

import { LiveEntries } from './LiveEntries'

type Props = { article: Pick<Article, 'id' | 'slug' | 'liveCoverage'>; entries: LiveEntryView[]; locale: Locale; pageUrl: string }

/** A live article's coverage under its body: the state, key events and entries (LiveEntries), and the entries' feed. */
export async function LiveCoverage({ article, entries, locale, pageUrl }: Props) {
  const [t, messages] = await Promise.all([getTranslations('LiveCoverage'), getMessages()])
  const when = (iso: string | null | undefined) => (iso ? entryTime(iso, locale, NEWSROOM_TIME_ZONE) : null)
  const feed = getPathname({ locale, href: { pathname: '/news/[slug]/rss.xml', params: { slug: article.slug ?? '' } } })
  return (
    <section className="live-coverage" aria-labelledby="live-heading">
      <h2 id="live-heading" className="block-heading">
        {t('heading')}
      </h2>
      {/* The list is the page's one live part: it alone gets its messages on the client. */}
      <NextIntlClientProvider messages={{ LiveCoverage: messages.LiveCoverage }}>
        <LiveEntries
          streamUrl={`/api/live-entries/stream/${article.id}?locale=${locale}`}
          pageUrl={pageUrl}
          state={liveStateOf(article.liveCoverage?.state)}
          startsAt={when(article.liveCoverage?.startsAt)}
          endsAt={when(article.liveCoverage?.endsAt)}
          entries={entries}
        />
      </NextIntlClientProvider>
      <p className="live-feed">
        <a href={feed}>{t('feed')}</a>
      </p>
    </section>
  )
}
