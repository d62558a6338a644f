/** `npm run seed`: add the demo content (idempotent; safe on a database that already has it). */
import { getPayload } from 'payload'

import { assertDatabaseReachable } from '@/cms/checkDatabase'
import { resolveDatabase } from '@/cms/database'
import { seed } from '@/seed'

async function main() {
  await assertDatabaseReachable(resolveDatabase(), 5000)
  const { default: config } = await import('@payload-config')
  const payload = await getPayload({ config })
  await seed(payload)
  await payload.destroy()
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  },
)
