import type { ReactNode } from 'react'

import type { ReviewField } from '@/lib/reviews/rules'

/** What the control inside needs to be tied to its label, help and error. */
export type ControlProps = {
  id: string
  name: ReviewField
  'aria-invalid': true | undefined
  'aria-describedby': string
}

type Props = {
  field: ReviewField
  label: string
  /** "required" or "optional", in the page's language. */
  note: string
  help: ReactNode
  error: string | null
  children: (control: ControlProps) => ReactNode
}

/** One field of the review form: label, the control, its help text and, when refused, why. */
export function ReviewFieldFrame({ field, label, note, help, error, children }: Props) {
  const id = `review-${field}`
  return (
    <div className="field">
      <label htmlFor={id}>
        {label} <span className="field-note">({note})</span>
      </label>
      {children({
        id,
        name: field,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': error ? `${id}-help ${id}-error` : `${id}-help`,
      })}
      <p id={`${id}-help`} className="field-help">
        {help}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  )
}
