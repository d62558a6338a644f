import { describe, expect, it } from '@jest/globals'
import { screen } from '@testing-library/react'

import { AuthorHeader } from '@/components/AuthorHeader'
import type { AuthorProfile } from '@/lib/data/authors'

import { renderInLocale } from './render'

const author: AuthorProfile = {
  id: 1,
  name: 'Leyla Şirinova',
  slug: 'leyla-shirinova',
  role: 'Müxbir',
  bio: 'Leyla Şirinova cəmiyyət və Bakı həyatı mövzularında yazır.',
  links: [
    { id: 'a', label: 'X', url: 'https://x.example/leyla_shirinova' },
    { id: 'b', label: 'Telegram', url: 'https://telegram.example/leyla_shirinova' },
  ],
  photo: {
    id: 5,
    alt: 'Leyla Şirinovanın portreti',
    url: '/api/media/file/leyla.png',
    width: 400,
    height: 400,
    sizes: { thumbnail: { url: '/api/media/file/leyla-400.webp', width: 400, height: 400 } },
  } as AuthorProfile['photo'],
}

describe('AuthorHeader', () => {
  it('shows the photo with its alt text, the name as the page heading, role, biography and profile links', () => {
    renderInLocale(<AuthorHeader author={author} />, 'az')
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Leyla Şirinova')
    expect(screen.getByRole('img')).toHaveAttribute('alt', 'Leyla Şirinovanın portreti')
    expect(screen.getByText('Müxbir')).toHaveClass('author-role')
    expect(screen.getByText(author.bio ?? '')).toBeInTheDocument()
    const list = screen.getByRole('list', { name: 'Digər saytlardakı profilləri' })
    expect([...list.querySelectorAll('a')].map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['X', 'https://x.example/leyla_shirinova'],
      ['Telegram', 'https://telegram.example/leyla_shirinova'],
    ])
  })

  it('leaves out what the author has not filled in', () => {
    const { container } = renderInLocale(<AuthorHeader author={{ id: 2, name: 'Tural Abbaslı', slug: 'tural-abbasli', links: [] }} />, 'en')
    expect(container.querySelectorAll('img, ul, .author-role, .author-bio')).toHaveLength(0)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tural Abbaslı')
  })
})
