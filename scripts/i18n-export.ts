/**
 * `npm run i18n:export [directory]`: writes the strings readers get now (messages/*.json with the admin's
 * overrides on top) as {az,en,ru}.json, the files' own format, into the directory (default
 * data/i18n-export; `messages` to bring overrides into git).
 */
import fs from 'node:fs'
import path from 'node:path'

import { getPayload } from 'payload'

import { locales } from '@/i18n/locales'
import { assertDatabaseReachable } from '@/cms/checkDatabase'
import { resolveDatabase } from '@/cms/database'
import { unflattenCatalog } from '@/lib/i18n/checkMessages'
import { readEffectiveMessages } from '@/lib/i18n/effectiveMessages'

async function main() {
  const directory = process.argv[2] ?? path.join('data', 'i18n-export')
  await assertDatabaseReachable(resolveDatabase(), 5000)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  fs.mkdirSync(directory, { recursive: true })
  for (const locale of locales) {
    const catalog = unflattenCatalog(await readEffectiveMessages(payload, locale))
    fs.writeFileSync(path.join(directory, `${locale}.json`), `${JSON.stringify(catalog, null, 2)}\n`)
  }
  console.log(`i18n:export: wrote ${locales.map((locale) => `${locale}.json`).join(', ')} to ${directory}/`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`i18n:export: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
