import { useFormatter } from 'next-intl'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import type { ArticleSummary } from '@/lib/data/articles'

type Props = {
  articles: ArticleSummary[]
  /** h3 where the list sits under a section heading. */
  headingLevel?: 'h2' | 'h3'
}

export function ArticleList({ articles, headingLevel: Heading = 'h2' }: Props) {
  const format = useFormatter()

  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <Heading>
            <Link href={documentHref('articles', article.slug ?? '')}>{article.title}</Link>
          </Heading>
          {article.publishedAt && (
            <time dateTime={article.publishedAt}>
              {format.dateTime(new Date(article.publishedAt), { dateStyle: 'long' })}
            </time>
          )}
          {article.standfirst && <p>{article.standfirst}</p>}
        </li>
      ))}
    </ol>
  )
}
