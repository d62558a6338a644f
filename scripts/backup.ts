/**
 * `npm run backup [directory]`: a consistent copy of the embedded SQLite database while the site keeps
 * serving (default directory data/backups). For MongoDB it says how to use mongodump instead.
 */
import path from 'node:path'

import { backupFileName, backupSqlite } from '@/cms/backup'
import { DatabaseError, resolveDatabase } from '@/cms/database'

async function main() {
  const target = resolveDatabase()
  if (target.kind === 'mongodb') {
    console.error(`DATABASE_URI is MongoDB (${target.hosts}): back it up with mongodump --uri "$DATABASE_URI" --archive=portal.archive --gzip (see the README).`)
    process.exit(1)
  }
  const directory = path.resolve(process.argv[2] ?? 'data/backups')
  const started = Date.now()
  const copy = await backupSqlite(target.file, path.join(directory, backupFileName()))
  console.log(`Backed up ${target.file} to ${copy.path} (${(copy.bytes / 1024 / 1024).toFixed(1)} MB) in ${Date.now() - started} ms.`)
}

main().catch((error: unknown) => {
  console.error(error instanceof DatabaseError || error instanceof Error ? error.message : String(error))
  process.exit(1)
})
