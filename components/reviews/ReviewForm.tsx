'use client'

import { useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef, useState, type FormEvent } from 'react'

import { INITIAL_REVIEW_FORM_STATE, type ReviewFormState } from '@/lib/reviews/formState'
import { characterCount, REVIEW_FIELDS, REVIEW_RULES, validateReview, type ReviewField, type ReviewFieldError } from '@/lib/reviews/rules'
import { submitReviewAction } from '@/lib/reviews/submitReviewAction'

import { ReviewFieldFrame } from './ReviewFieldFrame'

type Props = { articleId: number | string; locale: string }
type Errors = Partial<Record<ReviewField, ReviewFieldError>>

const RATINGS = [5, 4, 3, 2, 1]

/** The message for each result the server can give, other than field errors. */
const OUTCOME_MESSAGES = {
  received: 'thanks',
  'rate-limited': 'rateLimited',
  duplicate: 'duplicate',
  'not-found': 'notFound',
  'closed-article': 'closedArticle',
  'closed-site': 'closedSite',
  unavailable: 'unavailable',
} as const satisfies Record<Exclude<ReviewFormState['status'], 'idle' | 'invalid'>, string>
const LIMITS: Record<ReviewField, Record<string, number>> = {
  name: { min: REVIEW_RULES.name.min, max: REVIEW_RULES.name.max },
  email: {},
  rating: {},
  body: { min: REVIEW_RULES.body.min, max: REVIEW_RULES.body.max },
}

/**
 * "Leave a review". A plain form posting to a server action, so it works before (or without) JavaScript;
 * once hydrated it checks the same rules in the browser, submits in place, moves focus to the first field
 * to correct or to the result, and announces the result to screen readers.
 */
export function ReviewForm({ articleId, locale }: Props) {
  const t = useTranslations('ReviewForm')
  const [state, formAction, pending] = useActionState(submitReviewAction, INITIAL_REVIEW_FORM_STATE)
  const [browserErrors, setBrowserErrors] = useState<{ errors: Errors; attempt: number } | null>(null)
  // What the reader has typed since the last result; before typing, the length of what the server kept.
  const [typed, setTyped] = useState<{ attempt: number; length: number } | null>(null)
  const bodyLength = typed && typed.attempt === state.attempt ? typed.length : characterCount(state.values.body)
  const resultRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)

  // Errors found in the browser hold until the next submission reaches the server.
  const errors: Errors = browserErrors && browserErrors.attempt === state.attempt ? browserErrors.errors : state.errors
  const invalid = REVIEW_FIELDS.filter((field) => errors[field])

  function focusFirstInvalid(fields: ReviewField[]) {
    formRef.current?.querySelector<HTMLElement>(`[name="${fields[0]}"]`)?.focus()
  }

  useEffect(() => {
    if (state.attempt === 0) return
    const fields = REVIEW_FIELDS.filter((field) => state.errors[field])
    if (fields.length > 0) focusFirstInvalid(fields)
    else resultRef.current?.focus()
  }, [state])

  function checkInBrowser(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget)
    const text = (name: string) => String(data.get(name) ?? '')
    const result = validateReview({ name: text('name'), email: text('email'), rating: text('rating'), body: text('body') })
    if (result.ok) {
      setBrowserErrors(null)
      return
    }
    event.preventDefault()
    setBrowserErrors({ errors: result.errors, attempt: state.attempt })
    focusFirstInvalid(REVIEW_FIELDS.filter((field) => result.errors[field]))
  }

  const message = (field: ReviewField) => {
    const code = errors[field]
    return code ? t(`errors.${field}.${code}` as Parameters<typeof t>[0], LIMITS[field]) : null
  }

  const outcome = state.status === 'idle' || state.status === 'invalid' ? null : state.status
  const outcomeText = outcome ? t(OUTCOME_MESSAGES[outcome], { minutes: state.retryAfterMinutes ?? 1 }) : null

  return (
    <section aria-labelledby="review-form-heading" className="review-form" id="review-form">
      <h3 id="review-form-heading">{t('heading')}</h3>
      <p className="review-form-intro">{t('intro')}</p>
      <div ref={resultRef} tabIndex={-1} role="status" className={outcome ? `review-result review-result-${outcome}` : 'review-result'}>
        {outcomeText}
      </div>
      {invalid.length > 0 && (
        <div role="alert" className="review-errors">
          <p>{t('errorSummary', { count: invalid.length })}</p>
          <ul>
            {invalid.map((field) => (
              <li key={field}>
                <a href={`#review-${field}`}>{message(field)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {/* Remounted per submission so the fields show what the server kept (everything, unless it was received). */}
      <form key={state.attempt} ref={formRef} action={formAction} onSubmit={checkInBrowser} noValidate>
        <input type="hidden" name="article" value={String(articleId)} />
        <input type="hidden" name="locale" value={locale} />
        <ReviewFieldFrame field="name" label={t('nameLabel')} note={t('required')} help={t('nameHelp', LIMITS.name)} error={message('name')}>
          {(control) => (
            <input {...control} type="text" autoComplete="name" required maxLength={REVIEW_RULES.name.max} defaultValue={state.values.name} />
          )}
        </ReviewFieldFrame>
        <ReviewFieldFrame field="email" label={t('emailLabel')} note={t('optional')} help={t('emailHelp')} error={message('email')}>
          {(control) => (
            <input {...control} type="email" autoComplete="email" maxLength={REVIEW_RULES.email.max} defaultValue={state.values.email} />
          )}
        </ReviewFieldFrame>
        <ReviewFieldFrame field="rating" label={t('ratingLabel')} note={t('optional')} help={t('ratingHelp')} error={message('rating')}>
          {(control) => (
            <select {...control} defaultValue={state.values.rating}>
              <option value="">{t('ratingNone')}</option>
              {RATINGS.map((rating) => (
                <option key={rating} value={String(rating)}>
                  {t('ratingOption', { rating })}
                </option>
              ))}
            </select>
          )}
        </ReviewFieldFrame>
        <ReviewFieldFrame
          field="body"
          label={t('bodyLabel')}
          note={t('required')}
          help={
            <>
              {t('bodyHelp', LIMITS.body)} <span className="field-counter">{t('counter', { count: bodyLength, max: REVIEW_RULES.body.max })}</span>
            </>
          }
          error={message('body')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={6}
              required
              maxLength={REVIEW_RULES.body.max}
              defaultValue={state.values.body}
              onChange={(event) => setTyped({ attempt: state.attempt, length: characterCount(event.currentTarget.value) })}
            />
          )}
        </ReviewFieldFrame>
        {/* Hidden from people (off-screen, out of the tab order, silent to screen readers); robots fill it in. */}
        <div className="review-honeypot" aria-hidden="true">
          <label htmlFor="review-website">{t('honeypot')}</label>
          <input id="review-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" disabled={pending}>
          {pending ? t('sending') : t('submit')}
        </button>
      </form>
    </section>
  )
}
