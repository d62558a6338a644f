/**
 * `npm run i18n:check [directory]`: checks messages/{az,en,ru}.json (or the catalogues in the given
 * directory) with the same rules the admin applies to overrides, and lists every problem found.
 */
import { defaultLocale, locales } from '@/i18n/locales'
import { checkCatalogs, formatProblem } from '@/lib/i18n/checkMessages'
import { readCatalogs } from '@/lib/i18n/readCatalogs'

const directory = process.argv[2] ?? 'messages'

try {
  const problems = checkCatalogs(readCatalogs(directory, locales), defaultLocale)
  if (problems.length === 0) {
    console.log(`i18n:check: ${locales.join(', ')} in ${directory}/ are complete and valid.`)
  } else {
    console.error(`i18n:check: ${problems.length} problem(s) in ${directory}/:`)
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`)
    process.exitCode = 1
  }
} catch (error) {
  console.error(`i18n:check: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
}
