import type { Endpoint } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { clientAddress } from '@/lib/reviews/clientAddress'
import { failureCode } from '@/lib/reviews/failureCode'
import { BodyTooLargeError, MAX_REVIEW_REQUEST_BYTES, readLimitedBody } from '@/lib/reviews/readLimitedBody'
import { REVIEW_RULES, textOf, type ReviewField } from '@/lib/reviews/rules'
import { reviewLimits } from '@/lib/reviews/settings'
import { submitReview, type SubmissionOutcome } from '@/lib/reviews/submitReview'

type Body = Record<string, unknown>

/**
 * POST /api/reviews/submit: the same submission as the article page's form, for clients that speak JSON.
 * Body: { article, locale, name, email?, rating?, body, website? (the honeypot) }. Answers 201 when the review
 * is received; 400 with per-field errors; 404 for an article that cannot take reviews; 403 when reviews are
 * closed; 409 for a duplicate; 413 for an oversized body; 415 for anything but JSON; 429 with Retry-After;
 * 503 when the database is away. Messages are in the review's language.
 */
export const submitReviewEndpoint: Endpoint = {
  path: '/submit',
  method: 'post',
  handler: async (req) => {
    if (!req.headers.get('content-type')?.toLowerCase().startsWith('application/json')) {
      return Response.json({ error: 'unsupportedMediaType' }, { status: 415 })
    }
    let body: Body
    try {
      const text = await readLimitedBody(req.body, req.headers.get('content-length'), MAX_REVIEW_REQUEST_BYTES)
      const parsed: unknown = JSON.parse(text)
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new SyntaxError('not an object')
      body = parsed as Body
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return Response.json({ error: 'tooLarge', maxBytes: MAX_REVIEW_REQUEST_BYTES }, { status: 413 })
      }
      return Response.json({ error: 'invalidJson' }, { status: 400 })
    }

    let outcome: SubmissionOutcome
    try {
      outcome = await submitReview(req.payload, {
        article: body.article,
        locale: body.locale,
        fields: { name: textOf(body.name), email: textOf(body.email), rating: textOf(body.rating), body: textOf(body.body) },
        honeypot: textOf(body.website),
        clientAddress: clientAddress(req.headers.get('x-forwarded-for'), reviewLimits().trustedProxies),
        userAgent: req.headers.get('user-agent'),
      })
    } catch (error) {
      req.payload.logger.error(`Review submission failed: ${failureCode(error)}`)
      return respond(body, 503, 'unavailable', {}, { 'retry-after': '30' })
    }

    switch (outcome.outcome) {
      case 'received':
        return respond(body, 201, 'thanks')
      case 'invalid':
        return respond(body, 400, 'invalid', { errors: await fieldErrors(body, outcome.errors) })
      case 'not-found':
        return respond(body, 404, 'notFound')
      case 'closed':
        return respond(body, 403, outcome.reason === 'site' ? 'closedSite' : 'closedArticle')
      case 'duplicate':
        return respond(body, 409, 'duplicate')
      case 'rate-limited':
        return respond(
          body,
          429,
          'rateLimited',
          { retryAfterSeconds: outcome.retryAfterSeconds },
          { 'retry-after': String(outcome.retryAfterSeconds) },
          { minutes: Math.ceil(outcome.retryAfterSeconds / 60) },
        )
    }
  },
}

type MessageKey = 'thanks' | 'invalid' | 'notFound' | 'closedSite' | 'closedArticle' | 'duplicate' | 'rateLimited' | 'unavailable'

async function translator(body: Body) {
  // Imported when a request arrives: next-intl's server side exists only inside Next.js, not when Payload's
  // CLI or tests load this collection.
  const { getTranslations } = await import('next-intl/server')
  return getTranslations({ locale: isLocale(body.locale) ? body.locale : defaultLocale, namespace: 'ReviewForm' })
}

async function respond(
  body: Body,
  status: number,
  key: MessageKey,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  values: Record<string, number> = {},
) {
  const t = await translator(body)
  const message = key === 'invalid' ? undefined : t(key, values)
  return Response.json({ status: key, ...(message ? { message } : {}), ...extra }, { status, headers })
}

async function fieldErrors(body: Body, errors: Partial<Record<ReviewField, string>>) {
  const t = await translator(body)
  const limits: Record<ReviewField, Record<string, number>> = {
    name: { min: REVIEW_RULES.name.min, max: REVIEW_RULES.name.max },
    email: {},
    rating: {},
    body: { min: REVIEW_RULES.body.min, max: REVIEW_RULES.body.max },
  }
  return Object.fromEntries(
    Object.entries(errors).map(([field, code]) => [
      field,
      { code, message: t(`errors.${field}.${code}` as Parameters<typeof t>[0], limits[field as ReviewField]) },
    ]),
  )
}
