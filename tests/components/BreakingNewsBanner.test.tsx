import { describe, expect, it } from '@jest/globals'
import { screen } from '@testing-library/react'

const { BreakingNewsBanner } = await import('@/components/BreakingNewsBanner')
const { renderInLocale } = await import('./render')

describe('BreakingNewsBanner', () => {
  it('names itself in the page language and links its text where the newsroom points it', () => {
    renderInLocale(<BreakingNewsBanner banner={{ text: 'Bakıda güclü külək', link: '/az/news/kulek', expiresAt: null }} />, 'az')
    expect(screen.getByRole('complementary', { name: 'Təcili' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Bakıda güclü külək' })).toHaveAttribute('href', '/az/news/kulek')
  })

  it('is plain text without a link, and nothing at all without a banner', () => {
    renderInLocale(<BreakingNewsBanner banner={{ text: 'Strong winds in Baku', link: null, expiresAt: null }} />, 'en')
    expect(screen.getByRole('complementary', { name: 'Breaking' })).toHaveTextContent('Breaking Strong winds in Baku')
    expect(screen.queryByRole('link')).toBeNull()
    const { container } = renderInLocale(<BreakingNewsBanner banner={null} />, 'ru')
    expect(container).toBeEmptyDOMElement()
  })
})
