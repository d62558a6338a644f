import type { Payload, RequestContext } from 'payload'

import { defaultLocale, locales, type Locale } from '@/i18n/locales'

import { checkCatalogs, flattenCatalog, type Problem } from './checkMessages'
import { defaultMessages } from './defaultMessages'
import { overrideProblems } from './validateOverride'

export type ImportResult = { problems: Problem[]; saved: number; reset: number; unchanged: number }

/**
 * Brings exported catalogues ({az,en,ru}.json, the files' format) back as overrides: a text that differs
 * from the file's default becomes (or updates) the override, one equal to it removes any override.
 * Everything is validated first, with the check's rules and the admin's: one problem and nothing is
 * written.
 */
export async function importStrings(payload: Payload, catalogs: Record<Locale, unknown>, context: RequestContext = {}): Promise<ImportResult> {
  const problems = checkCatalogs(catalogs, defaultLocale)
  for (const locale of locales) {
    for (const [key, value] of Object.entries(flattenCatalog(catalogs[locale]))) {
      if (value !== defaultMessages[locale][key]) problems.push(...overrideProblems(key, locale, value))
    }
  }
  const result: ImportResult = { problems: dedupe(problems), saved: 0, reset: 0, unchanged: 0 }
  if (result.problems.length > 0) return result

  // An operator's command (npm run i18n:import), not a request on anyone's behalf: it acts as the system.
  const { docs } = await payload.find({ collection: 'ui-strings', depth: 0, pagination: false, overrideAccess: true })
  const existing = new Map(docs.map((doc) => [`${doc.locale}:${doc.key}`, doc]))
  for (const locale of locales) {
    for (const [key, value] of Object.entries(flattenCatalog(catalogs[locale])) as [string, string][]) {
      const override = existing.get(`${locale}:${key}`)
      if (value === defaultMessages[locale][key]) {
        if (override) {
          await payload.delete({ collection: 'ui-strings', id: override.id, context })
          result.reset += 1
        } else result.unchanged += 1
      } else if (override?.value === value) {
        result.unchanged += 1
      } else {
        if (override) await payload.update({ collection: 'ui-strings', id: override.id, data: { value }, context })
        else await payload.create({ collection: 'ui-strings', data: { key, locale, value }, context })
        result.saved += 1
      }
    }
  }
  return result
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>()
  return problems.filter((problem) => {
    const id = `${problem.kind}|${problem.locale}|${problem.key}|${problem.detail}`
    return seen.has(id) ? false : (seen.add(id), true)
  })
}
