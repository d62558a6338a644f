import { useFormatter } from 'next-intl'

import { Link } from '@/i18n/navigation'
import type { ArticleSummary } from '@/lib/articles'

type Props = {
  articles: ArticleSummary[]
}

export function ArticleList({ articles }: Props) {
  const format = useFormatter()

  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.id}>
          <h2>
            <Link href={`/news/${article.slug}`}>{article.title}</Link>
          </h2>
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
