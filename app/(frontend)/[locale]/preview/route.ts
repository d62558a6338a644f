import { hasLocale } from 'next-intl'
import { draftMode, headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { CONTENT_ROLES, hasRole } from '@/access/roles'
import { getPayloadClient } from '@/cms/getPayloadClient'
import { getPathname } from '@/i18n/navigation'
import { documentHref } from '@/i18n/routes'
import { routing } from '@/i18n/routing'

/**
 * /{locale}/preview?article={id}: the admin's "Preview" button. Staff who may read drafts are sent
 * to the draft on the real page with Next's draft mode on; anyone else gets a 404 (a draft's
 * existence is not revealed). Draft mode alone grants nothing: pages check the login again.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  const id = Number(new URL(request.url).searchParams.get('article'))
  if (!hasLocale(routing.locales, locale) || !Number.isSafeInteger(id) || id <= 0) notFound()

  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(getPathname({ locale, href: { pathname: '/preview', query: { article: String(id) } } }))}`)
  if (!hasRole(user, CONTENT_ROLES)) notFound()

  const article = await payload
    .findByID({ collection: 'articles', id, locale, draft: true, overrideAccess: false, user, depth: 0, select: { slug: true } })
    .catch(() => null)
  if (!article?.slug) notFound()

  ;(await draftMode()).enable()
  redirect(getPathname({ locale, href: documentHref('articles', article.slug) }))
}
