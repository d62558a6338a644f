import { useFormatter, useTranslations } from 'next-intl'
import { Fragment, type ReactNode } from 'react'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import type { CardImage } from '@/lib/data/articles'

type Props = {
  /** A photo is shown when the author document has one (populated); a name links to the author's page when they have a slug. */
  authors: { name: string; slug?: string | null; photo?: number | CardImage | null }[]
  publishedAt?: string | null
  updatedAt?: string | null
  /** Whole minutes; nothing is shown for 0 or none. */
  readingTime?: number | null
}

/**
 * Stands in for the list of names in the "By {authors}" message, which is then split around it: the names become
 * links while the message keeps its plain `{authors}` argument (translators' overrides of it stay valid).
 */
const NAMES = '\uE000'

/** Saves and typo fixes just after publishing are not "updates" worth telling readers about. */
const UPDATE_THRESHOLD_MS = 10 * 60 * 1000

/** Who wrote the article, when it was published (and substantially updated), how long it reads. */
export function Byline({ authors, publishedAt, updatedAt, readingTime }: Props) {
  const t = useTranslations()
  const format = useFormatter()

  const named = authors.filter((author) => author.name.trim())
  const names = named.map((author) =>
    author.slug ? (
      <Link key={author.slug} href={documentHref('authors', author.slug)} className="byline-author">
        {author.name.trim()}
      </Link>
    ) : (
      <Fragment key={author.name}>{author.name.trim()}</Fragment>
    ),
  )
  const [before, after] = names.length > 0 ? t('Byline.authors', { authors: NAMES, count: names.length }).split(NAMES) : []
  const photos = authors.flatMap((author) => (typeof author.photo === 'object' && author.photo?.url ? [{ photo: author.photo }] : []))
  const updated = publishedAt && updatedAt && Date.parse(updatedAt) - Date.parse(publishedAt) > UPDATE_THRESHOLD_MS ? updatedAt : null
  // Date and time apart: CLDR's combined az pattern reads "25 noyabr 2026/12:38".
  const moment = (iso: string) => ({
    date: format.dateTime(new Date(iso), { dateStyle: 'long' }),
    time: format.dateTime(new Date(iso), { timeStyle: 'short' }),
    when: (chunks: ReactNode) => <time dateTime={iso}>{chunks}</time>,
  })
  const details: { key: string; content: ReactNode }[] = []
  if (publishedAt) details.push({ key: 'published', content: t.rich('ArticlePage.published', moment(publishedAt)) })
  if (updated) details.push({ key: 'updated', content: t.rich('Byline.updated', moment(updated)) })
  if (readingTime && readingTime > 0) details.push({ key: 'reading', content: t('ArticlePage.readingTime', { minutes: readingTime }) })
  if (names.length === 0 && details.length === 0) return null

  return (
    <div className="byline">
      {photos.length > 0 && (
        <div className="byline-photos">
          {photos.map(({ photo }) => (
            // Decorative: the names are in the text beside. The thumbnail (400 px) is the smallest size made.
            // eslint-disable-next-line @next/next/no-img-element -- a pre-generated size, see ResponsiveImage
            <img key={photo.id} src={photo.sizes?.thumbnail?.url ?? photo.url ?? ''} width={48} height={48} alt="" loading="lazy" decoding="async" />
          ))}
        </div>
      )}
      <div>
        {names.length > 0 && (
          <p className="byline-authors">
            {before}
            {format.list(names, { type: 'conjunction' })}
            {after}
          </p>
        )}
        {details.length > 0 && (
          <p className="dateline">
            {details.map(({ key, content }, index) => (
              <Fragment key={key}>
                {index > 0 && ' · '}
                <span className={key}>{content}</span>
              </Fragment>
            ))}
          </p>
        )}
      </div>
    </div>
  )
}
