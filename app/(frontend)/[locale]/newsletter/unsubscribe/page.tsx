import { hasLocale } from 'next-intl'
import { getTranslations, setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { NewsletterPage, newsletterMetadata, Notice, queryValue, type PageProps } from '@/components/newsletter/NewsletterPage'
import { getPayloadClient } from '@/cms/getPayloadClient'
import { routing } from '@/i18n/routing'
import { subscriberForLink } from '@/lib/newsletter/manage'

export const dynamic = 'force-dynamic'

export const generateMetadata = ({ params }: PageProps) => newsletterMetadata(params, 'unsubscribeTitle')

/**
 * The unsubscribe link of every mail. Opening it changes nothing; its button POSTs to the same address mail
 * clients use for one-click unsubscription (/api/subscribers/unsubscribe), which comes back with `?result=`.
 */
export default async function UnsubscribePage({ params, searchParams }: PageProps) {
  const { locale } = await params
  if (!hasLocale(routing.locales, locale)) notFound()
  setRequestLocale(locale)
  const query = await searchParams
  const token = queryValue(query.token)
  const result = queryValue(query.result)
  const t = await getTranslations('NewsletterPage')
  let state = result
  if (!state) {
    const found = await subscriberForLink(await getPayloadClient(), token)
    state = 'problem' in found ? found.problem : found.subscriber.status === 'unsubscribed' ? 'unsubscribed' : 'ready'
  }

  return (
    <NewsletterPage route="/newsletter/unsubscribe" token={result ? '' : token} title={t('unsubscribeTitle')}>
      {state === 'ready' ? (
        <form method="post" action="/api/subscribers/unsubscribe">
          <p>{t('unsubscribeIntro')}</p>
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('unsubscribeButton')}</button>
        </form>
      ) : state === 'unsubscribed' ? (
        <Notice tone="received">
          {t('unsubscribed')} {t('subscribeAgain')}
        </Notice>
      ) : (
        <Notice tone="problem">{state === 'expired' ? t('expiredLink') : state === 'unavailable' ? t('unavailable') : t('invalidLink')}</Notice>
      )}
    </NewsletterPage>
  )
}
