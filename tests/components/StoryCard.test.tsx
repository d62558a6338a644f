import { describe, expect, it } from '@jest/globals'
import { screen } from '@testing-library/react'

import type { ArticleSummary } from '@/lib/data/articles'

import { routerAtRoot } from './outsideNext'

routerAtRoot()

const { StoryCard } = await import('@/components/StoryCard')
const { renderInLocale } = await import('./render')

const size = (name: string, width: number) => ({ url: `/api/media/file/${name}-${width}.webp`, width, height: Math.round((width * 9) / 16) })
const article: ArticleSummary = {
  id: 7,
  title: 'Bakı metrosu yeni cədvələ keçir',
  slug: 'baki-metrosu',
  publishedAt: '2026-11-06T06:45:00.000Z',
  standfirst: 'Axşam qatarları daha tez-tez işləyəcək.',
  categories: [{ id: 3, name: 'Bakı həyatı', slug: 'baki-heyati' }],
  heroImage: {
    id: 11,
    url: '/api/media/file/metro.jpg',
    width: 1600,
    height: 900,
    alt: 'Metro stansiyasının perronu',
    sizes: { thumbnail: size('metro', 400), card: size('metro', 800), hero: size('metro', 1600), og: { url: '/og.jpg', width: 1200, height: 630 } },
  },
}

describe('StoryCard', () => {
  it('shows the picture with every WebP size but the share card, sized, and lazy unless it is the lead', () => {
    renderInLocale(<StoryCard article={article} />, 'az')
    const image = screen.getByRole('img', { name: 'Metro stansiyasının perronu' })
    expect(image).toHaveAttribute('srcset', '/api/media/file/metro-400.webp 400w, /api/media/file/metro-800.webp 800w, /api/media/file/metro-1600.webp 1600w')
    expect(image).toHaveAttribute('width', '1600')
    expect(image).toHaveAttribute('height', '900')
    expect(image).toHaveAttribute('loading', 'lazy')
    expect(image).not.toHaveAttribute('fetchpriority')
    const { container } = renderInLocale(<StoryCard article={article} lead />, 'az')
    expect(container.querySelector('img')).toHaveAttribute('fetchpriority', 'high')
    expect(container.querySelector('img')).toHaveAttribute('loading', 'eager')
  })

  it('links the headline to the article and the kicker to its section, in the page language', () => {
    renderInLocale(<StoryCard article={article} />, 'az')
    expect(screen.getByRole('link', { name: article.title })).toHaveAttribute('href', '/az/news/baki-metrosu')
    expect(screen.getByRole('link', { name: 'Bakı həyatı' })).toHaveAttribute('href', '/az/category/baki-heyati')
    expect(screen.getByText('6 noyabr 2026').tagName).toBe('TIME')
  })

  it('is a text card when the article has no picture (or it was not populated)', () => {
    const { container } = renderInLocale(<StoryCard article={{ ...article, heroImage: 11, categories: [3] }} />, 'en')
    expect(container.querySelector('img')).toBeNull()
    expect(container.querySelector('.kicker')).toBeNull()
    expect(screen.getByRole('heading', { name: article.title })).toBeInTheDocument()
  })

  it('labels an opinion piece in the page language, boxed apart from news, and leaves plain news unlabelled', () => {
    const { container } = renderInLocale(<StoryCard article={{ ...article, articleType: 'opinion' }} />, 'az')
    const label = screen.getByText('Rəy')
    expect(label).toHaveClass('article-type', 'article-type-opinion')
    // Read before the headline, as a sighted reader sees it.
    expect(label.compareDocumentPosition(screen.getByRole('heading')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(container.querySelector('article')).toHaveClass('story-card-opinion')
    renderInLocale(<StoryCard article={{ ...article, articleType: 'opinion' }} />, 'ru')
    expect(screen.getByText('Мнение')).toBeInTheDocument()
    renderInLocale(<StoryCard article={{ ...article, articleType: 'analysis' }} />, 'en')
    expect(screen.getByText('Analysis')).toHaveClass('article-type-analysis')
  })

  it('shows no type label on news, nor on an article saved before types existed', () => {
    const { container } = renderInLocale(<StoryCard article={{ ...article, articleType: 'news' }} />, 'en')
    expect(container.querySelector('.article-type')).toBeNull()
    const old = renderInLocale(<StoryCard article={{ ...article, articleType: null }} />, 'en')
    expect(old.container.querySelector('.article-type')).toBeNull()
  })
})
