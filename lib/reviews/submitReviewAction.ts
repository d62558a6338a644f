'use server'

import { headers } from 'next/headers'

import { getPayloadClient } from '@/cms/getPayloadClient'

import { clientAddress } from './clientAddress'
import { failureCode } from './failureCode'
import { formStateFor, type ReviewFormState } from './formState'
import { textOf, type ReviewInput } from './rules'
import { reviewLimits } from './settings'
import { submitReview } from './submitReview'

/**
 * The review form's server action. Without JavaScript the browser posts the form and gets the article page
 * back with this state rendered; with JavaScript the form submits in place. Either way a refusal keeps
 * everything the reader typed, and the database being away answers "try again" rather than an error page.
 */
export async function submitReviewAction(previous: ReviewFormState, formData: FormData): Promise<ReviewFormState> {
  const values: ReviewInput = {
    name: textOf(formData.get('name')),
    email: textOf(formData.get('email')),
    rating: textOf(formData.get('rating')),
    body: textOf(formData.get('body')),
  }
  const attempt = previous.attempt + 1
  const requestHeaders = await headers()
  try {
    const payload = await getPayloadClient()
    const outcome = await submitReview(payload, {
      article: textOf(formData.get('article')),
      locale: textOf(formData.get('locale')),
      fields: values,
      honeypot: textOf(formData.get('website')),
      clientAddress: clientAddress(requestHeaders.get('x-forwarded-for'), reviewLimits().trustedProxies),
      userAgent: requestHeaders.get('user-agent'),
    })
    return formStateFor(outcome, values, attempt)
  } catch (error) {
    // Logged without what the reader typed or any trace of who they are.
    console.error(`Review submission failed: ${failureCode(error)}`)
    return { status: 'unavailable', values, errors: {}, attempt }
  }
}
