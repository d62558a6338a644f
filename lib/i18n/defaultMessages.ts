import type { Locale } from '@/i18n/locales'
import az from '@/messages/az.json' with { type: 'json' }
import en from '@/messages/en.json' with { type: 'json' }
import ru from '@/messages/ru.json' with { type: 'json' }

import { flattenCatalog } from './checkMessages'

/** The defaults reviewed in git (messages/*.json), flattened to "Namespace.key" → ICU message. */
export const defaultMessages: Record<Locale, Record<string, string>> = {
  az: strings(az),
  en: strings(en),
  ru: strings(ru),
}

/** Every key, in the order of the source (az) file. */
export const messageKeys: string[] = Object.keys(defaultMessages.az)

function strings(catalog: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries(flattenCatalog(catalog)).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}
