/**
 * `npm run i18n:import <directory>`: reads {az,en,ru}.json (as i18n:export writes them) and stores every
 * text that differs from messages/*.json as an override, removing overrides equal to the file again.
 * Validated like the admin: with any problem, nothing is written and the problems are listed. A running
 * server picks the change up within a minute (its cache cannot be expired from this process).
 */
import { getPayload } from 'payload'

import { locales, type Locale } from '@/i18n/locales'
import { assertDatabaseReachable } from '@/cms/checkDatabase'
import { resolveDatabase } from '@/cms/database'
import { formatProblem } from '@/lib/i18n/checkMessages'
import { importStrings } from '@/lib/i18n/importStrings'
import { readCatalogs } from '@/lib/i18n/readCatalogs'

async function main() {
  const directory = process.argv[2]
  if (!directory) throw new Error('name the directory holding az.json, en.json and ru.json')
  const catalogs = readCatalogs(directory, locales) as Record<Locale, unknown>
  await assertDatabaseReachable(resolveDatabase(), 5000)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  // No Next.js cache in this process to expire: the server's expires on its own (lib/i18n/cachedMessages.ts).
  const { problems, saved, reset, unchanged } = await importStrings(payload, catalogs, { disableRevalidate: true })
  await payload.destroy()
  if (problems.length > 0) {
    console.error(`i18n:import: nothing imported, ${problems.length} problem(s):`)
    for (const problem of problems) console.error(`  ${formatProblem(problem)}`)
    process.exitCode = 1
    return
  }
  console.log(`i18n:import: ${saved} override(s) saved, ${reset} reset to the file, ${unchanged} unchanged.`)
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(`i18n:import: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
