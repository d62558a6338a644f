import { useFormatter, useTranslations } from 'next-intl'

import type { CorrectionNote } from '@/lib/corrections'

type Props = {
  notes: CorrectionNote[]
  /** The article in Azerbaijani, which a note not yet translated points readers to. */
  originalHref: string
  /** Where on the page these notes sit (they are told apart by the CSS and the tests). */
  placement: CorrectionNote['placement']
}

/**
 * An article's correction and clarification notes, newest first, each with its own anchor. A note not yet
 * translated into the page's language says, in that language, that the original was corrected on that date,
 * and links to it.
 */
export function CorrectionNotes({ notes, originalHref, placement }: Props) {
  const t = useTranslations('Corrections')
  const format = useFormatter()
  if (notes.length === 0) return null

  return (
    // A note, not a landmark: an article may have notes at the top and at the end, and a list page many.
    <div className={`corrections corrections-${placement}`} role="note" aria-label={t('heading')}>
      <ul>
        {notes.map((note) => {
          const date = format.dateTime(new Date(note.date), { dateStyle: 'long' })
          return (
            <li key={note.id} id={`correction-${note.id}`} data-kind={note.kind} data-translated={note.text !== null}>
              <strong>{t.rich('label', { kind: note.kind, date, when: (chunks) => <time dateTime={note.date}>{chunks}</time> })}</strong>{' '}
              {note.text ??
                t.rich('untranslated', {
                  kind: note.kind,
                  date,
                  link: (chunks) => (
                    <a href={originalHref} hrefLang="az">
                      {chunks}
                    </a>
                  ),
                })}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
