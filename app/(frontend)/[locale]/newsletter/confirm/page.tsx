import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { NewsletterPage, newsletterMetadata, Notice, queryValue, type PageProps } from '@/components/newsletter/NewsletterPage'
import { getPayloadClient } from '@/cms/getPayloadClient'
import { routing } from '@/i18n/routing'
import { inspectConfirmToken } from '@/lib/newsletter/manage'

export const dynamic = 'force-dynamic'

export const generateMetadata = ({ params }: PageProps) => newsletterMetadata(params, 'confirmTitle')

/**
 * The confirmation link's page. Opening it (a person, or a mail provider's link scanner) changes nothing: the
 * button POSTs to /api/subscribers/confirm, which comes back here with `?result=`.
 */
export default async function ConfirmPage({ params, searchParams }: PageProps) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const token = queryValue(query.token)
  const result = queryValue(query.result)
  const t = await getTranslations('NewsletterPage')
  const state = result || (token ? await inspectConfirmToken(await getPayloadClient(), token) : 'invalid')

  return (
    <NewsletterPage route="/newsletter/confirm" token={result ? '' : token} title={t('confirmTitle')}>
      {state === 'ready' ? (
        <form method="post" action="/api/subscribers/confirm">
          <p>{t('confirmIntro')}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('confirmButton')}</button>
        </form>
      ) : state === 'confirmed' ? (
        <Notice tone="received">{t('confirmed')}</Notice>
      ) : (
        <Notice tone="problem">{state === 'expired' ? t('expiredLink') : state === 'unavailable' ? t('unavailable') : t('invalidLink')} {t('subscribeAgain')}</Notice>
      )}
    </NewsletterPage>
  )
}
