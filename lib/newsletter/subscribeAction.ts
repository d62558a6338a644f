'use server'

import { headers } from 'next/headers'

import { getPayloadClient } from '@/cms/getPayloadClient'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { clientAddress } from '@/lib/reviews/clientAddress'
import { failureCode } from '@/lib/reviews/failureCode'
import { textOf } from '@/lib/reviews/rules'

import { signUpFormStateFor, type SignUpFormState } from './formState'
import type { SubscriptionInput } from './rules'
import { newsletterSettings } from './settings'
import { subscribe } from './subscribe'

/**
 * The sign-up form's server action, like the review form's: without JavaScript the browser posts the form and
 * gets the page back with this state rendered; with JavaScript it submits in place. A refusal keeps what the
 * reader typed; SMTP or the database being away answers "try again", never an error page. Logged failures
 * carry an error code only, never the address.
 */
export async function subscribeAction(previous: SignUpFormState, formData: FormData): Promise<SignUpFormState> {
  const values: SubscriptionInput = {
    email: textOf(formData.get('email')),
    languages: formData.getAll('languages').map(textOf).filter(Boolean).slice(0, 10),
    frequency: textOf(formData.get('frequency')),
  }
  const attempt = previous.attempt + 1
  const requestHeaders = await headers()
  const pageLocale = textOf(formData.get('locale'))
  try {
    const payload = await getPayloadClient()
    const outcome = await subscribe(payload, {
      fields: values,
      honeypot: textOf(formData.get('website')),
      clientAddress: clientAddress(requestHeaders.get('x-forwarded-for'), newsletterSettings().trustedProxies),
      locale: isLocale(pageLocale) ? pageLocale : defaultLocale,
    })
    return signUpFormStateFor(outcome, values, attempt)
  } catch (error) {
    console.error(`Newsletter sign-up failed: ${failureCode(error)}`)
    return { status: 'unavailable', values, errors: {}, attempt }
  }
}
