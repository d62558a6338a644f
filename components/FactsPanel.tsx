import { useFormatter, useTranslations } from 'next-intl'
import { useId } from 'react'

import type { RemembranceEvent } from '@/payload-types'

type Props = {
  figures: RemembranceEvent['figures']
}

type Figure = keyof NonNullable<RemembranceEvent['figures']>

/** Counted among the killed: read as "Killed 613, of whom children 63" when the total is known. */
const PART_OF_KILLED = ['children', 'women', 'elderly'] as const

/** In the order a reader takes them in; a part-of-killed row right after the killed row. */
const ORDER: Figure[] = ['killed', ...PART_OF_KILLED, 'wounded', 'hostages', 'missing']

/** The casualty figures a source states; unknown ones (empty) are left out, a stated 0 is shown. */
export function FactsPanel({ figures }: Props) {
  const t = useTranslations('FactsPanel')
  const format = useFormatter()
  const headingId = useId()

  const present = ORDER.flatMap((figure) => {
    const value = figures?.[figure]
    return typeof value === 'number' ? [{ figure, value }] : []
  })
  if (present.length === 0) return null
  const killedKnown = present.some(({ figure }) => figure === 'killed')

  const label = (figure: Figure): string => {
    switch (figure) {
      case 'children':
      case 'women':
      case 'elderly':
        return t(figure, { partOfKilled: killedKnown ? 'yes' : 'no' })
      default:
        return t(figure)
    }
  }

  return (
    <section aria-labelledby={headingId} className="facts-panel">
      <h2 id={headingId}>{t('heading')}</h2>
      <dl>
        {present.map(({ figure, value }) => (
          <div
            key={figure}
            className={killedKnown && (PART_OF_KILLED as readonly Figure[]).includes(figure) ? 'part-of-killed' : undefined}
            data-figure={figure}
          >
            <dt>{label(figure)}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
