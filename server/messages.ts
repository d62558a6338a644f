import fs from 'node:fs'
import path from 'node:path'

import { locales, type Locale } from '@/i18n/locales'

type Catalogue = {
  Unavailable: { title: string; description: string; retry: string }
  RequestRefused: Record<'crossOrigin' | 'tooLarge' | 'lengthRequired' | 'methodNotAllowed', string>
}

/**
 * The texts the server layer answers with itself (messages/*.json: Unavailable, RequestRefused), read once at
 * start: an outage is no time to read files, and a missing catalogue is a broken deploy. Translators'
 * overrides live in the database, which these answers must not need.
 */
export const serverMessages: Record<Locale, Catalogue> = Object.fromEntries(
  locales.map((locale) => [locale, JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8')) as Catalogue]),
) as Record<Locale, Catalogue>
