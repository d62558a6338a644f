import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'

import { defaultMessages } from './defaultMessages'
import { overrideProblems } from './validateOverride'

export type Overrides = Record<string, string>

/** The overrides of one language, read as the public (overrideAccess: false) through the Local API. */
export async function readOverrides(payload: Payload, locale: Locale): Promise<Overrides> {
  const { docs } = await payload.find({
    collection: 'ui-strings',
    where: { locale: { equals: locale } },
    overrideAccess: false,
    depth: 0,
    pagination: false,
    select: { key: true, value: true },
  })
  return Object.fromEntries(docs.map((doc) => [doc.key, doc.value]))
}

/**
 * The file defaults with the overrides on top. Overrides are checked again here because a deploy may
 * remove a key or change its placeholders after an override was saved: such an override is skipped
 * (and the file's text shown) rather than breaking the page.
 */
export function applyOverrides(locale: Locale, overrides: Overrides): Record<string, string> {
  const messages = { ...defaultMessages[locale] }
  for (const [key, value] of Object.entries(overrides)) {
    if (overrideProblems(key, locale, value).length === 0) messages[key] = value
  }
  return messages
}

export async function readEffectiveMessages(payload: Payload, locale: Locale): Promise<Record<string, string>> {
  return applyOverrides(locale, await readOverrides(payload, locale))
}
