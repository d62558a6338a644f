import { afterEach, describe, expect, it, jest } from '@jest/globals'
import { act, fireEvent, screen, within } from '@testing-library/react'

import { CopyLinkButton } from '@/components/CopyLinkButton'
import { ShareLinks } from '@/components/ShareLinks'

import { renderInLocale } from './render'

const url = 'https://portal.example/ru/news/khodzhalinskiy-genotsid'
const title = 'Ходжа "21" & Xocalı: 25 лет'
const encodedUrl = 'https%3A%2F%2Fportal.example%2Fru%2Fnews%2Fkhodzhalinskiy-genotsid'
const encodedTitle =
  '%D0%A5%D0%BE%D0%B4%D0%B6%D0%B0%20%2221%22%20%26%20Xocal%C4%B1%3A%2025%20%D0%BB%D0%B5%D1%82'

function mockClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
}

afterEach(() => {
  // jsdom has no Clipboard API; each test that wants one installs its own.
  Reflect.deleteProperty(navigator, 'clipboard')
})

describe('ShareLinks', () => {
  it('links to each network with the address and title encoded as query parameters', () => {
    renderInLocale(<ShareLinks url={url} title={title} />, 'en')
    const section = screen.getByRole('region', { name: 'Share' })
    const href = (name: string) => within(section).getByRole('link', { name }).getAttribute('href')
    expect(href('Share on Facebook')).toBe(`https://www.facebook.com/sharer/sharer.php?u=${encodedUrl}`)
    expect(href('Share on X')).toBe(`https://x.com/intent/post?url=${encodedUrl}&text=${encodedTitle}`)
    expect(href('Share on Telegram')).toBe(`https://t.me/share/url?url=${encodedUrl}&text=${encodedTitle}`)
    expect(href('Share on WhatsApp')).toBe(`https://wa.me/?text=${encodedTitle}%20${encodedUrl}`)
  })

  it('encodes so that the parameters decode back to exactly the address and the title', () => {
    renderInLocale(<ShareLinks url={`${url}?a=1&b=2#top`} title={title} />, 'en')
    const x = new URL(screen.getByRole('link', { name: 'Share on X' }).getAttribute('href') ?? '')
    expect([...x.searchParams]).toEqual([
      ['url', `${url}?a=1&b=2#top`],
      ['text', title],
    ])
    const whatsapp = new URL(screen.getByRole('link', { name: 'Share on WhatsApp' }).getAttribute('href') ?? '')
    expect(whatsapp.searchParams.get('text')).toBe(`${title} ${url}?a=1&b=2#top`)
  })

  it('opens the networks without giving them this window or the referrer', () => {
    renderInLocale(<ShareLinks url={url} title={title} />, 'en')
    for (const link of screen.getAllByRole('link', { name: /^Share on / })) {
      expect(link).toHaveAttribute('rel', 'noopener noreferrer')
      expect(link).toHaveAttribute('target', '_blank')
    }
  })

  it.each([
    ['az', 'Paylaşın', ['Facebook-da paylaşın', 'X-də paylaşın', 'Telegram-da paylaşın', 'WhatsApp-da paylaşın'], 'Bu səhifənin ünvanı:'],
    ['ru', 'Поделиться', ['Поделиться в Facebook', 'Поделиться в X', 'Поделиться в Telegram', 'Поделиться в WhatsApp'], 'Ссылка на эту страницу:'],
  ] as const)('names the section and links in %s', (locale, label, names, pageLink) => {
    renderInLocale(<ShareLinks url={url} title={title} />, locale)
    const section = screen.getByRole('region', { name: label })
    expect(within(section).getAllByRole('link').map((a) => a.textContent)).toEqual([...names, url])
    expect(screen.getByText(pageLink, { exact: false })).toHaveTextContent(`${pageLink} ${url}`)
  })

  it('offers the address as a plain link, and no copy button, where the browser cannot copy (or without JavaScript)', () => {
    renderInLocale(<ShareLinks url={url} title={title} />, 'en')
    expect(screen.getByRole('link', { name: url })).toHaveAttribute('href', url)
    expect(screen.getByText('Link to this page:', { exact: false })).toBeInTheDocument()
    expect(screen.queryByRole('button')).toBeNull()
  })
})

describe('CopyLinkButton', () => {
  const labels = { copy: 'Copy link', copied: 'Link copied', failed: 'Could not copy' }

  it('renders nothing on the server, so pages without JavaScript show no dead button', async () => {
    const { renderToString } = await import('react-dom/server.node')
    mockClipboard(() => Promise.resolve())
    expect(renderToString(<CopyLinkButton url={url} labels={labels} />)).toBe('')
  })

  it('copies the address and announces it in a polite live region', async () => {
    const writeText = jest.fn((_text: string) => Promise.resolve())
    mockClipboard(writeText)
    renderInLocale(<ShareLinks url={url} title={title} />, 'ru')
    const status = screen.getByRole('status')
    expect(status).toHaveAttribute('aria-live', 'polite')
    expect(status).toBeEmptyDOMElement()

    fireEvent.click(screen.getByRole('button', { name: 'Скопировать ссылку' }))
    expect(await screen.findByText('Ссылка скопирована')).toBe(status)
    expect(writeText).toHaveBeenCalledWith(url)
  })

  it.each([
    ['en', 'Copy link', 'Link copied'],
    ['az', 'Linki kopyalayın', 'Link kopyalandı'],
  ] as const)('speaks %s', async (locale, button, copied) => {
    mockClipboard(() => Promise.resolve())
    renderInLocale(<ShareLinks url={url} title={title} />, locale)
    fireEvent.click(screen.getByRole('button', { name: button }))
    expect(await screen.findByText(copied)).toHaveAttribute('role', 'status')
  })

  it('says so when the browser refuses to copy', async () => {
    mockClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')))
    renderInLocale(<ShareLinks url={url} title={title} />, 'en')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Copy link' }))
    })
    expect(screen.getByRole('status')).toHaveTextContent('The link could not be copied. Select the address above and copy it.')
  })
})
