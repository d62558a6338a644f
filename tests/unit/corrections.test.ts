import { describe, expect, it } from '@jest/globals'

import { correctionNotes, correctionsToTranslate, later } from '@/lib/corrections'

const rows = [
  { id: 'old', kind: 'correction' as const, date: '2026-11-01T10:00:00.000Z', text: { az: 'Köhnə', en: 'Old', ru: null } },
  { id: 'new', kind: 'clarification' as const, date: '2026-11-20T10:00:00.000Z', text: { az: 'Yeni', en: '  ', ru: 'Новое' } },
  // No Azerbaijani text (a draft row): not a note at all.
  { id: 'empty', kind: 'correction' as const, date: '2026-11-25T10:00:00.000Z', text: { az: '', en: 'Only English' } },
  { id: 'undated', kind: 'correction' as const, date: null, text: { az: 'Tarixsiz' } },
]

describe('correction notes', () => {
  it('are the rows with Azerbaijani text and a date, newest first, each in the reader’s language or null', () => {
    expect(correctionNotes(rows, 'en')).toEqual([
      { id: 'new', kind: 'clarification', date: '2026-11-20T10:00:00.000Z', placement: 'end', text: null },
      { id: 'old', kind: 'correction', date: '2026-11-01T10:00:00.000Z', placement: 'top', text: 'Old' },
    ])
    expect(correctionNotes(rows, 'ru').map((note) => note.text)).toEqual(['Новое', null])
    expect(correctionNotes(null, 'az')).toEqual([])
  })

  it('keep the placement an editor chose', () => {
    expect(correctionNotes([{ ...rows[1], placement: 'top' }], 'az')[0].placement).toBe('top')
  })

  it('count what is left to translate per language, never in Azerbaijani', () => {
    expect(correctionsToTranslate(rows, 'en')).toBe(1)
    expect(correctionsToTranslate(rows, 'ru')).toBe(1)
    expect(correctionsToTranslate(rows, 'az')).toBe(0)
  })

  it('date the article by the later of its last save and its latest note', () => {
    expect(later('2026-11-20T10:00:00.000Z', '2026-11-21T10:00:00.000Z')).toBe('2026-11-21T10:00:00.000Z')
    expect(later(null, '2026-11-21T10:00:00.000Z')).toBe('2026-11-21T10:00:00.000Z')
    expect(later('2026-11-20T10:00:00.000Z', undefined)).toBe('2026-11-20T10:00:00.000Z')
  })
})
