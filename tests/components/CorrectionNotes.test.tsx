import { describe, expect, it } from '@jest/globals'

import { CorrectionNotes } from '@/components/CorrectionNotes'
import type { Locale } from '@/i18n/locales'
import type { CorrectionNote } from '@/lib/corrections'

import { renderInLocale } from './render'

const CORRECTION: CorrectionNote = { id: 'a1', kind: 'correction', date: '2026-11-30T09:30:00.000Z', placement: 'top', text: null }
const CLARIFICATION: CorrectionNote = { id: 'b2', kind: 'clarification', date: '2026-11-29T20:30:00.000Z', placement: 'top', text: 'Mənbə dəqiqləşdirilib.' }

const notes = (locale: Locale, list: CorrectionNote[]) =>
  renderInLocale(<CorrectionNotes notes={list} originalHref="/az/news/xeber" placement="top" />, locale).container.querySelector('.corrections')

describe('CorrectionNotes', () => {
  it('shows a translated note with its kind and date, in the newsroom’s time zone', () => {
    const list = notes('az', [CLARIFICATION])
    // 20:30 UTC is already 30 November in Baku.
    expect(list?.querySelector('li')?.textContent).toBe('Dəqiqləşdirmə, 30 noyabr 2026: Mənbə dəqiqləşdirilib.')
    expect(list?.querySelector('li')?.id).toBe('correction-b2')
    expect(list?.querySelector('time')?.getAttribute('dateTime')).toBe(CLARIFICATION.date)
  })

  it.each([
    ['en', 'Correction, November 30, 2026: The Azerbaijani original of this article was corrected on November 30, 2026. Read the original. This translation will be updated.'],
    ['ru', 'Исправление, 30 ноября 2026 г.: В азербайджанский оригинал этой статьи 30 ноября 2026 г. внесено исправление. Читать оригинал. Перевод будет обновлён.'],
  ] as const)('says in %s that the original was corrected, linking to it, while the note is not translated', (locale, text) => {
    const item = notes(locale, [CORRECTION])?.querySelector('li')
    expect(item?.textContent).toBe(text)
    expect(item?.getAttribute('data-translated')).toBe('false')
    const link = item?.querySelector('a')
    expect(link?.getAttribute('href')).toBe('/az/news/xeber')
    expect(link?.getAttribute('hreflang')).toBe('az')
  })

  it('says "clarified" for a clarification, and shows nothing without notes', () => {
    expect(notes('en', [{ ...CLARIFICATION, text: null }])?.textContent).toContain('The Azerbaijani original of this article was clarified on November 30, 2026.')
    expect(notes('en', [])).toBeNull()
  })
})
