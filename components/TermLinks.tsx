import type React from 'react'

import { Link } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'

type Term = { id: number; name: string; slug?: string | null }

type Props = {
  terms: Term[]
  /** Sections link to /category/…, tags to /tag/… (and read "#name"). */
  kind: 'category' | 'tag'
  /** The nav's accessible name, or the id of the heading that names it. */
  label?: string
  labelledBy?: string
  children?: React.ReactNode
}

/** A list of links to sections or tags, named as a navigation landmark. */
export function TermLinks({ terms, kind, label, labelledBy, children }: Props) {
  const linked = terms.filter((term) => term.slug)
  if (linked.length === 0) return null
  return (
    <nav aria-label={label} aria-labelledby={labelledBy} className="term-links">
      {children}
      <ul>
        {linked.map((term) => (
          <li key={term.id}>
            <Link href={documentHref(kind === 'tag' ? 'tags' : 'categories', term.slug ?? '')}>{kind === 'tag' ? `#${term.name}` : term.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
