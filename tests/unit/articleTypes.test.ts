import { describe, expect, it } from '@jest/globals'

import { isAllowedBannerLink } from '@/collections/BreakingNews/validateLink'
import { ARTICLE_TYPES } from '@/lib/articleTypes'
import { newsArticle } from '@/lib/seo/structuredData'

const input = {
  url: 'https://example.test/en/news/a',
  headline: 'A',
  imageUrl: 'https://example.test/a.png',
  authors: [],
  keywords: [],
  language: 'en',
  publisher: { name: 'Portal', url: 'https://example.test', logoUrl: 'https://example.test/logo.png' },
}

describe('article types in JSON-LD', () => {
  it('maps each type to its schema.org type, with a genre where schema.org has no type of its own', () => {
    const typed = Object.fromEntries(ARTICLE_TYPES.map((articleType) => [articleType, newsArticle({ ...input, articleType })]))
    expect(Object.fromEntries(Object.entries(typed).map(([key, ld]) => [key, [ld['@type'], ld.genre]]))).toEqual({
      news: ['NewsArticle', undefined],
      analysis: ['AnalysisNewsArticle', undefined],
      opinion: ['OpinionNewsArticle', undefined],
      interview: ['NewsArticle', 'Interview'],
      obituary: ['NewsArticle', 'Obituary'],
      live: ['LiveBlogPosting', undefined],
    })
  })

  it('treats an article without a type (saved before types existed) as news', () => {
    expect(newsArticle({ ...input, articleType: null })['@type']).toBe('NewsArticle')
    expect(newsArticle({ ...input, articleType: 'editorial' })['@type']).toBe('NewsArticle')
  })
})

describe('breaking-news banner links', () => {
  it.each(['/en/news/storm', '/az', '/ru/search?q=x#top', 'https://example.com/live', 'https://news.example.az/a?b=c'])('accepts %s', (link) => {
    expect(isAllowedBannerLink(link)).toBe(true)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'http://example.com/',
    '//evil.example/',
    '/\\evil.example/',
    'https://user:pass@example.com/',
    'https://',
    'example.com/page',
    'news/storm',
    '/en/news/ storm',
    ' https://example.com/',
    'https://example.com/\u0000',
  ])('refuses %s', (link) => {
    expect(isAllowedBannerLink(link)).toBe(false)
  })
})
