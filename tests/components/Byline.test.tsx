import { describe, expect, it } from '@jest/globals'

import type { Locale } from '@/i18n/locales'

import { routerAtRoot } from './outsideNext'

routerAtRoot()

const { Byline } = await import('@/components/Byline')
const { renderInLocale } = await import('./render')

const published = '2026-11-25T08:38:00.000Z' // 12:38 in Baku
const two = [{ name: 'Leyla Şirinova', slug: 'leyla-shirinova' }, { name: 'Tural Abbaslı' }]

/** Text with every kind of space (Intl puts narrow no-break spaces in times) made plain. */
const plain = (element: Element | null) => element?.textContent?.replace(/\s/g, ' ')

function byline(locale: Locale, props: Partial<Parameters<typeof Byline>[0]>) {
  const { container } = renderInLocale(<Byline authors={[]} {...props} />, locale)
  return {
    container,
    authors: plain(container.querySelector('.byline-authors')),
    dateline: plain(container.querySelector('.dateline')),
  }
}

describe('Byline', () => {
  it.each([
    ['en', 'By Leyla Şirinova and Tural Abbaslı'],
    ['az', 'Müəlliflər: Leyla Şirinova və Tural Abbaslı'],
    ['ru', 'Авторы: Лейла Ширинова и Турал Аббаслы'],
  ] as const)('joins the authors as a list of the %s language', (locale, expected) => {
    const authors = locale === 'ru' ? [{ name: 'Лейла Ширинова' }, { name: 'Турал Аббаслы' }] : two
    expect(byline(locale, { authors }).authors).toBe(expected)
  })

  it.each([
    ['en', 1, 'By Leyla Şirinova'],
    ['az', 1, 'Müəllif: Leyla Şirinova'],
    ['ru', 1, 'Автор: Leyla Şirinova'],
    ['en', 3, 'By Leyla Şirinova, Tural Abbaslı, and Aysel Məmmədova'],
    ['az', 3, 'Müəlliflər: Leyla Şirinova, Tural Abbaslı və Aysel Məmmədova'],
    ['ru', 3, 'Авторы: Leyla Şirinova, Tural Abbaslı и Aysel Məmmədova'],
  ] as const)('in %s names %i author(s)', (locale, count, expected) => {
    const authors = [...two, { name: 'Aysel Məmmədova' }].slice(0, count)
    expect(byline(locale, { authors }).authors).toBe(expected)
  })

  it.each([
    ['en', 'Published November 25, 2026 at 12:38 PM'],
    ['az', 'Dərc olunub: 25 noyabr 2026, saat 12:38'],
    ['ru', 'Опубликовано 25 ноября 2026 г. в 12:38'],
  ] as const)('writes the publication date and time apart in %s (never CLDR’s "2026/12:38"), in Baku time', (locale, expected) => {
    const { dateline, container } = byline(locale, { publishedAt: published })
    expect(dateline).toBe(expected)
    expect(dateline).not.toContain('/')
    expect(container.querySelector('time')).toHaveAttribute('dateTime', published)
  })

  it.each([
    ['en', '/en/author/leyla-shirinova', 'By Leyla Şirinova and Tural Abbaslı'],
    ['az', '/az/author/leyla-shirinova', 'Müəlliflər: Leyla Şirinova və Tural Abbaslı'],
    ['ru', '/ru/author/leyla-shirinova', 'Авторы: Leyla Şirinova и Tural Abbaslı'],
  ] as const)('in %s links each name that has a page to it, inside the sentence', (locale, href, text) => {
    const { container, authors } = byline(locale, { authors: two })
    const links = [...container.querySelectorAll('.byline-authors a')]
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([['Leyla Şirinova', href]])
    // Tural Abbaslı has no slug here: his name stays plain text.
    expect(authors).toBe(text)
  })

  it('says nothing of an update within ten minutes of publication', () => {
    expect(byline('en', { publishedAt: published, updatedAt: '2026-11-25T08:48:00.000Z' }).dateline).toBe(
      'Published November 25, 2026 at 12:38 PM',
    )
  })

  it.each([
    ['en', 'Published November 25, 2026 at 12:38 PM · Updated November 25, 2026 at 12:49 PM'],
    ['az', 'Dərc olunub: 25 noyabr 2026, saat 12:38 · Yenilənib: 25 noyabr 2026, saat 12:49'],
    ['ru', 'Опубликовано 25 ноября 2026 г. в 12:38 · Обновлено 25 ноября 2026 г. в 12:49'],
  ] as const)('tells of a later update in %s', (locale, expected) => {
    const updatedAt = '2026-11-25T08:49:00.000Z'
    const { dateline, container } = byline(locale, { publishedAt: published, updatedAt })
    expect(dateline).toBe(expected)
    expect([...container.querySelectorAll('time')].map((time) => time.getAttribute('dateTime'))).toEqual([published, updatedAt])
  })

  it('shows no update without a publication date to compare it with', () => {
    expect(byline('en', { authors: two, updatedAt: published }).dateline).toBeUndefined()
  })

  it.each([
    ['en', 1, '1 minute read'],
    ['en', 5, '5 minutes read'],
    ['az', 1, '1 dəqiqəlik oxu'],
    ['az', 5, '5 dəqiqəlik oxu'],
    ['ru', 1, '1 минута чтения'],
    ['ru', 3, '3 минуты чтения'],
    ['ru', 5, '5 минут чтения'],
    ['ru', 21, '21 минута чтения'],
  ] as const)('in %s gives a reading time of %i minute(s) as "%s"', (locale, readingTime, expected) => {
    expect(byline(locale, { publishedAt: published, readingTime }).dateline).toMatch(new RegExp(` · ${expected}$`))
  })

  it('leaves out what it does not know', () => {
    expect(byline('en', { authors: two, readingTime: 0 }).dateline).toBeUndefined()
    const withoutAuthors = byline('en', { readingTime: 4 })
    expect(withoutAuthors.dateline).toBe('4 minutes read')
    expect(withoutAuthors.authors).toBeUndefined()
  })

  it('renders nothing at all without authors, dates or reading time', () => {
    expect(byline('en', { authors: [{ name: '  ' }], publishedAt: null, readingTime: null }).container).toBeEmptyDOMElement()
  })
})
