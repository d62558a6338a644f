import type { ArticleSummary } from '@/lib/data/articles'

import { StoryCard } from './StoryCard'

type Props = {
  articles: ArticleSummary[]
  /** h3 where the list sits under a section heading. */
  headingLevel?: 'h2' | 'h3'
}

/** Stories as a grid of cards: one column on a phone, up to four on a wide screen (styles.css .story-grid). */
export function ArticleList({ articles, headingLevel = 'h2' }: Props) {
  return (
    <ol className="story-grid">
      {articles.map((article) => (
        <li key={article.id}>
          <StoryCard article={article} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  )
}
