/**
 * `npm run search:reindex`: rebuilds the search index (collections/SearchDocuments) from the published articles, on
 * the database DATABASE_URI names, while the site keeps serving. For after a restore without the index, or a change
 * to the folding (lib/search/fold.ts); an empty index is also rebuilt by itself at start-up.
 */
import { getPayload } from 'payload'

import config from '@payload-config'
import { reindexAll } from '@/lib/search/documents'

async function main() {
  const payload = await getPayload({ config })
  const started = Date.now()
  const written = await reindexAll(payload)
  console.log(`Search index rebuilt: ${written} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
