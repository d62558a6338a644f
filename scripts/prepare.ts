/**
 * Gets the database ready before the server starts: checks it can be reached, applies committed
 * migrations, and fills an empty database with demo content. Run by `npm start` and `npm run dev`.
 */
import { getPayload } from 'payload'

import { assertDatabaseReachable } from '@/cms/checkDatabase'
import { DatabaseError, resolveDatabase } from '@/cms/database'
import { emailAdapter } from '@/cms/email'
import { assertProductionSecret, SecretError } from '@/cms/secret'
import { seed } from '@/seed'

const CONNECT_TIMEOUT_MS = 5000

async function main() {
  assertProductionSecret()
  const target = resolveDatabase()
  await assertDatabaseReachable(target, CONNECT_TIMEOUT_MS)

  // Imported only now: the config opens nothing by itself, but Payload's init below connects and,
  // in production mode, applies pending migrations.
  const { default: sanitized } = await import('@payload-config')
  // The server, started next, says whether mail is sent or written to the log; this step stays quiet about it.
  const config = { ...(await sanitized), email: emailAdapter(process.env, { announce: false }) }
  const payload = await getPayload({ config })

  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs === 0) {
    console.log('The database is empty: adding the demo content.')
    await seed(payload)
  }
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof DatabaseError || error instanceof SecretError) console.error(error.message)
    else console.error(`Could not prepare the database: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
