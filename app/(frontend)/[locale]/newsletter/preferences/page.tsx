import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { NewsletterPage, newsletterMetadata, Notice, queryValue, type PageProps } from '@/components/newsletter/NewsletterPage'
import { getPayloadClient } from '@/cms/getPayloadClient'
import { locales } from '@/i18n/locales'
import { routing } from '@/i18n/routing'
import { subscriberForLink } from '@/lib/newsletter/manage'
import { FREQUENCIES } from '@/lib/newsletter/options'

export const dynamic = 'force-dynamic'

export const generateMetadata = ({ params }: PageProps) => newsletterMetadata(params, 'preferencesTitle')

const LANGUAGE_NAMES = { az: 'Azərbaycanca', en: 'English', ru: 'Русский' } as const

/**
 * Languages and frequency, from the link in every mail. The form posts to /api/subscribers/preferences, which
 * comes back here with the result; refused choices come back with what the reader chose.
 */
export default async function PreferencesPage({ params, searchParams }: PageProps) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const token = queryValue(query.token)
  const result = queryValue(query.result)
  const errors = queryValue(query.errors).split(',').filter(Boolean)
  const [t, tForm, found] = await Promise.all([getTranslations('NewsletterPage'), getTranslations('NewsletterForm'), subscriberForLink(await getPayloadClient(), token)])

  if ('problem' in found || found.subscriber.status === 'unsubscribed') {
    const problem = 'problem' in found ? found.problem : 'unsubscribed'
    return (
      <NewsletterPage route="/newsletter/preferences" token={token} title={t('preferencesTitle')}>
        <Notice tone="problem">
          {problem === 'expired' ? t('expiredLink') : problem === 'unsubscribed' ? t('notSubscribed') : t('invalidLink')} {t('subscribeAgain')}
        </Notice>
      </NewsletterPage>
    )
  }
  const { subscriber } = found
  const chosenLanguages = errors.length ? queryValue(query.languages).split(',') : subscriber.languages
  const chosenFrequency = errors.length ? queryValue(query.frequency) : subscriber.frequency

  return (
    <NewsletterPage route="/newsletter/preferences" token={token} title={t('preferencesTitle')}>
      {result === 'saved' && <Notice tone="received">{t('saved')}</Notice>}
      {result === 'unavailable' && <Notice tone="problem">{t('unavailable')}</Notice>}
      <form method="post" action="/api/subscribers/preferences">
        <p>{t('preferencesIntro')}</p>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="locale" value={locale} />
        <fieldset className="field" aria-describedby={errors.includes('languages') ? 'preferences-languages-error' : undefined}>
          <legend>{tForm('languagesLegend')}</legend>
          {locales.map((code) => (
            <label key={code} className="choice">
              <input type="checkbox" name="languages" value={code} defaultChecked={chosenLanguages.includes(code)} /> <span lang={code}>{LANGUAGE_NAMES[code]}</span>
            </label>
          ))}
          {errors.includes('languages') && (
            <p id="preferences-languages-error" className="field-error">
              {tForm('errors.languages.required')}
            </p>
          )}
        </fieldset>
        <fieldset className="field" aria-describedby={errors.includes('frequency') ? 'preferences-frequency-error' : undefined}>
          <legend>{tForm('frequencyLegend')}</legend>
          {FREQUENCIES.map((frequency) => (
            <label key={frequency} className="choice">
              <input type="radio" name="frequency" value={frequency} defaultChecked={chosenFrequency === frequency} /> {tForm(frequency)}
            </label>
          ))}
          {errors.includes('frequency') && (
            <p id="preferences-frequency-error" className="field-error">
              {tForm('errors.frequency.required')}
            </p>
          )}
        </fieldset>
        <button type="submit">{t('saveButton')}</button>
      </form>
    </NewsletterPage>
  )
}
