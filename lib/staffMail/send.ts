import type { Payload } from 'payload'

import { maskAddress } from '@/cms/email'

import type { MailContent } from './compose'

/**
 * Hands one mail to the relay. A refusal fails the job, and Payload logs the job's error: relays name the
 * recipient in their answers ("550 <jane@…> unknown user"), so the error carries the answer with addresses masked.
 */
export async function sendStaffMail(payload: Payload, to: string, mail: MailContent): Promise<void> {
  try {
    await payload.sendEmail({ to, ...mail })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new Error(`The mail relay did not take the mail: ${maskAddresses(message)}`)
  }
}

export const maskAddresses = (text: string): string => text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, (address) => maskAddress(address))
