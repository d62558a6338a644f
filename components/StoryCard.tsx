import { useFormatter } from 'next-intl'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import type { ArticleSummary, CardImage } from '@/lib/data/articles'

import { ArticleTypeLabel } from './ArticleTypeLabel'
import { ResponsiveImage } from './ResponsiveImage'

type Props = {
  article: ArticleSummary
  headingLevel?: 'h2' | 'h3'
  /** The front page's top story: large picture, fetched first (it is the page's largest paint). */
  lead?: boolean
  /** The picture's width on the page, for the browser's choice among the sizes (see ResponsiveImage). */
  sizes?: string
}

/** Card widths in the story grid (styles.css .story-grid): full width, then two, then four columns of at most 20 rem. */
export const GRID_SIZES = '(min-width: 80rem) 20rem, (min-width: 34rem) 50vw, 100vw'

/** One story: picture, section, its type (unless news), headline (the link), time and standfirst. Real text over a real img. */
export function StoryCard({ article, headingLevel: Heading = 'h3', lead = false, sizes = GRID_SIZES }: Props) {
  const format = useFormatter()
  const image = typeof article.heroImage === 'object' ? (article.heroImage as CardImage | null) : null
  const section = (article.categories ?? []).find((category) => typeof category === 'object' && category.slug)

  return (
    <article className={['story-card', lead && 'story-card-lead', article.articleType === 'opinion' && 'story-card-opinion'].filter(Boolean).join(' ')}>
      {typeof section === 'object' && section.slug && (
        <p className="kicker">
          <Link href={documentHref('categories', section.slug)}>{section.name}</Link>
        </p>
      )}
      <ArticleTypeLabel type={article.articleType} />
      <Heading>
        <Link href={documentHref('articles', article.slug ?? '')}>{article.title}</Link>
      </Heading>
      {article.publishedAt && <time dateTime={article.publishedAt}>{format.dateTime(new Date(article.publishedAt), { dateStyle: 'long' })}</time>}
      {article.standfirst && <p className="standfirst">{article.standfirst}</p>}
      {/* Last in the markup (a screen reader meets the headline first), first on screen (styles.css). */}
      {image && <ResponsiveImage media={image} sizes={sizes} priority={lead} />}
    </article>
  )
}
