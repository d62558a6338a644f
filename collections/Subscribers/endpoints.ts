import type { Endpoint, PayloadRequest } from 'payload'

import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { MAX_NEWSLETTER_REQUEST_BYTES } from '@/lib/requestLimits.mjs'
import { confirmSubscription, unsubscribe, updatePreferences } from '@/lib/newsletter/manage'
import { failureCode } from '@/lib/reviews/failureCode'
import { BodyTooLargeError, readLimitedBody } from '@/lib/reviews/readLimitedBody'
import { textOf } from '@/lib/reviews/rules'


/**
 * The POST targets of the newsletter's pages (app/(frontend)/[locale]/newsletter/…) and the one-click address of
 * every mail. The pages' buttons are plain forms, so all of it works without JavaScript; each answer is a 303
 * back to the page with the result (never the token in a log: request logs carry no query string). GET never
 * changes anything: a mail provider's link scanner that opens a link confirms and unsubscribes nothing.
 */
async function formOf(req: PayloadRequest): Promise<URLSearchParams | FormData> {
  const text = await readLimitedBody(req.body, req.headers.get('content-length'), MAX_NEWSLETTER_REQUEST_BYTES)
  const type = req.headers.get('content-type') ?? ''
  // RFC 8058 allows multipart/form-data as well as the urlencoded form browsers send.
  if (type.toLowerCase().startsWith('multipart/form-data')) return new Request('http://form.invalid', { method: 'POST', headers: { 'content-type': type }, body: text }).formData()
  return new URLSearchParams(text)
}

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale)

function seeOther(locale: Locale, page: string, query: Record<string, string>): Response {
  const location = `/${locale}/newsletter/${page}?${new URLSearchParams(query)}`
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } })
}

async function readForm(req: PayloadRequest): Promise<URLSearchParams | FormData | Response> {
  try {
    return await formOf(req)
  } catch (error) {
    return new Response(error instanceof BodyTooLargeError ? 'Too large' : 'Bad request', { status: error instanceof BodyTooLargeError ? 413 : 400 })
  }
}

/** POST /api/subscribers/confirm (token, locale): the confirmation page's button. */
const confirmEndpoint: Endpoint = {
  path: '/confirm',
  method: 'post',
  handler: async (req) => {
    const form = await readForm(req)
    if (form instanceof Response) return form
    const locale = localeOf(form.get('locale'))
    try {
      const { outcome } = await confirmSubscription(req.payload, textOf(form.get('token')))
      return seeOther(locale, 'confirm', { result: outcome })
    } catch (error) {
      req.payload.logger.error(`Newsletter confirmation failed: ${failureCode(error)}`)
      return seeOther(locale, 'confirm', { result: 'unavailable' })
    }
  },
}

/**
 * /api/subscribers/unsubscribe?token=…&locale=…, the List-Unsubscribe address. A mail client's one-click POST
 * (body `List-Unsubscribe=One-Click`, RFC 8058) is answered 200 with a line of text; the unsubscribe page's
 * button (token in the body) gets a 303 back to the page. A GET (someone opening the address) only shows the
 * page with its button.
 */
const unsubscribeEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'post',
  handler: async (req) => {
    const url = new URL(req.url ?? '/', 'http://portal.invalid')
    const form = await readForm(req)
    if (form instanceof Response) return form
    const oneClick = form.get('List-Unsubscribe') === 'One-Click'
    const locale = localeOf(url.searchParams.get('locale') ?? form.get('locale'))
    const token = url.searchParams.get('token') ?? textOf(form.get('token'))
    try {
      const { outcome } = await unsubscribe(req.payload, token)
      if (oneClick) return new Response(outcome, { status: outcome === 'unsubscribed' ? 200 : 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
      return seeOther(locale, 'unsubscribe', { result: outcome })
    } catch (error) {
      req.payload.logger.error(`Newsletter unsubscription failed: ${failureCode(error)}`)
      if (oneClick) return new Response('unavailable', { status: 503, headers: { 'retry-after': '60' } })
      return seeOther(locale, 'unsubscribe', { result: 'unavailable' })
    }
  },
}

const unsubscribeLinkEndpoint: Endpoint = {
  path: '/unsubscribe',
  method: 'get',
  handler: async (req) => {
    const url = new URL(req.url ?? '/', 'http://portal.invalid')
    return seeOther(localeOf(url.searchParams.get('locale')), 'unsubscribe', { token: url.searchParams.get('token') ?? '' })
  },
}

/** POST /api/subscribers/preferences (token, locale, languages[], frequency): the preferences page's form. */
const preferencesEndpoint: Endpoint = {
  path: '/preferences',
  method: 'post',
  handler: async (req) => {
    const form = await readForm(req)
    if (form instanceof Response) return form
    const locale = localeOf(form.get('locale'))
    const token = textOf(form.get('token'))
    const languages = form.getAll('languages').map(textOf).filter(Boolean).slice(0, 10)
    const frequency = textOf(form.get('frequency'))
    try {
      const result = await updatePreferences(req.payload, token, { languages, frequency })
      const errors = 'errors' in result ? Object.keys(result.errors).join(',') : ''
      // Refused choices come back in the address so the page can show them with the reader's choices kept.
      return seeOther(locale, 'preferences', {
        token,
        result: result.outcome,
        ...(errors ? { errors, languages: languages.join(','), frequency } : {}),
      })
    } catch (error) {
      req.payload.logger.error(`Newsletter preferences failed: ${failureCode(error)}`)
      return seeOther(locale, 'preferences', { token, result: 'unavailable' })
    }
  },
}

export const subscriberEndpoints: Endpoint[] = [confirmEndpoint, unsubscribeEndpoint, unsubscribeLinkEndpoint, preferencesEndpoint]
