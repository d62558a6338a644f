'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useActionState, useEffect, useRef } from 'react'

import { locales } from '@/i18n/locales'
import { initialSignUpState } from '@/lib/newsletter/formState'
import { FREQUENCIES } from '@/lib/newsletter/options'
import type { SubscriptionField } from '@/lib/newsletter/rules'
import { subscribeAction } from '@/lib/newsletter/subscribeAction'

const FIELDS: SubscriptionField[] = ['email', 'languages', 'frequency']
/** Language names as each language calls itself, like the language switcher. */
const LANGUAGE_NAMES = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' } as const

/**
 * "Newsletter" at the foot of every page: a plain form posting to a server action, so it works without
 * JavaScript. The server checks the address (lib/newsletter/rules.ts) and the limits; the result and any field
 * errors come back with everything the reader typed and chose. Once hydrated, focus moves to the first field to
 * correct or to the result, which screen readers announce.
 */
export function NewsletterSignup() {
  const t = useTranslations('NewsletterForm')
  const locale = useLocale()
  const [state, formAction, pending] = useActionState(subscribeAction, initialSignUpState(locale))
  const resultRef = useRef<HTMLDivElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  const invalid = FIELDS.filter((field) => state.errors[field])

  useEffect(() => {
    if (state.attempt === 0) return
    const first = FIELDS.find((field) => state.errors[field])
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus()
    else resultRef.current?.focus()
  }, [state])

  const message = (field: SubscriptionField) => {
    const code = state.errors[field]
    return code ? t(`errors.${field}.${code}` as Parameters<typeof t>[0]) : null
  }
  const outcome = state.status === 'idle' || state.status === 'invalid' ? null : state.status
  const outcomeText = outcome === 'received' ? t('received') : outcome === 'rate-limited' ? t('rateLimited', { minutes: state.retryAfterMinutes ?? 1 }) : outcome ? t('unavailable') : null
  const describedBy = (field: SubscriptionField) => (state.errors[field] ? `newsletter-${field}-error` : undefined)

  return (
    <section aria-labelledby="newsletter-heading" className="newsletter-signup" id="newsletter">
      <h2 id="newsletter-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <div ref={resultRef} tabIndex={-1} role="status" className={outcome ? `newsletter-result newsletter-result-${outcome}` : 'newsletter-result'}>
        {outcomeText}
      </div>
      {invalid.length > 0 && (
        <div role="alert" className="newsletter-errors">
          <p>{t('errorSummary', { count: invalid.length })}</p>
        </div>
      )}
      <form key={state.attempt} ref={formRef} action={formAction} noValidate className="newsletter-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="newsletter-email">{t('emailLabel')}</label>
          <input
            id="newsletter-email"
            name="email"
            type="email"
            autoComplete="email"
            required
            maxLength={254}
            defaultValue={state.values.email}
            aria-invalid={state.errors.email ? true : undefined}
            aria-describedby={describedBy('email')}
          />
          {message('email') && (
            <p id="newsletter-email-error" className="field-error">
              {message('email')}
            </p>
          )}
        </div>
        <fieldset className="field" aria-describedby={describedBy('languages')}>
          <legend>{t('languagesLegend')}</legend>
          {locales.map((code) => (
            <label key={code} className="choice">
              <input type="checkbox" name="languages" value={code} defaultChecked={state.values.languages.includes(code)} /> <span lang={code}>{LANGUAGE_NAMES[code]}</span>
            </label>
          ))}
          {message('languages') && (
            <p id="newsletter-languages-error" className="field-error">
              {message('languages')}
            </p>
          )}
        </fieldset>
        <fieldset className="field" aria-describedby={describedBy('frequency')}>
          <legend>{t('frequencyLegend')}</legend>
          {FREQUENCIES.map((frequency) => (
            <label key={frequency} className="choice">
              <input type="radio" name="frequency" value={frequency} defaultChecked={state.values.frequency === frequency} /> {t(frequency)}
            </label>
          ))}
          {message('frequency') && (
            <p id="newsletter-frequency-error" className="field-error">
              {message('frequency')}
            </p>
          )}
        </fieldset>
        {/* Hidden from people (off-screen, out of the tab order, silent to screen readers); robots fill it in. */}
        <div className="newsletter-honeypot" aria-hidden="true">
          <label htmlFor="newsletter-website">{t('honeypot')}</label>
          <input id="newsletter-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button type="submit" disabled={pending}>
          {pending ? t('sending') : t('submit')}
        </button>
      </form>
    </section>
  )
}
