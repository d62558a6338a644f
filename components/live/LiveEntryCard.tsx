import { useTranslations } from 'next-intl'

import { entryAnchor, paragraphsOf, type LiveEntryView } from '@/lib/live/entries'

import { CopyLinkButton } from '../CopyLinkButton'

type Props = { entry: LiveEntryView; pinned: boolean; pageUrl: string }

/** One entry: its time (its anchor's link, `#entry-<id>`), labels, headline, text, picture, author and share link. */
export function LiveEntryCard({ entry, pinned, pageUrl }: Props) {
  const t = useTranslations('LiveCoverage')
  const anchor = entryAnchor(entry.id)
  const classes = ['live-entry', entry.keyEvent ? 'live-entry--key' : '', pinned ? 'live-entry--pinned' : ''].filter(Boolean).join(' ')
  return (
    <article id={anchor} className={classes} aria-labelledby={`${anchor}-time`}>
      <header className="live-entry__meta">
        <a id={`${anchor}-time`} href={`#${anchor}`} className="live-entry__time" title={t('permalink')}>
          <time dateTime={entry.postedAt}>{entry.time}</time>
        </a>
        {pinned && <span className="live-entry__label">{t('pinned')}</span>}
        {entry.keyEvent && <span className="live-entry__label live-entry__label--key">{t('keyEvent')}</span>}
      </header>
      {entry.headline && <h3 className="live-entry__headline">{entry.headline}</h3>}
      {paragraphsOf(entry.text).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {entry.image && (
        // eslint-disable-next-line @next/next/no-img-element -- the 800 px rendition exists already (lib/live/read.ts)
        <img src={entry.image.url} alt={entry.image.alt} width={entry.image.width ?? undefined} height={entry.image.height ?? undefined} loading="lazy" decoding="async" />
      )}
      <footer className="live-entry__footer">
        {entry.author && <span className="live-entry__author">{t('by', { name: entry.author.name })}</span>}
        <a href={`#${anchor}`} className="live-entry__permalink">
          {t('permalink')}
        </a>
        <CopyLinkButton url={`${pageUrl}#${anchor}`} labels={{ copy: t('copy'), copied: t('copied'), failed: t('copyFailed') }} />
      </footer>
    </article>
  )
}
