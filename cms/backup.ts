import { createClient } from '@libsql/client'
import fs from 'node:fs'
import path from 'node:path'

/**
 * A consistent copy of a live SQLite database. `VACUUM INTO` reads one snapshot (in WAL mode the site keeps
 * reading and writing meanwhile) and writes it as a compact, self-contained file; the copy is then opened
 * and checked before it is reported. MongoDB is backed up with its own tools (mongodump), see the README.
 */
export async function backupSqlite(file: string, destination: string): Promise<{ path: string; bytes: number }> {
  if (!fs.existsSync(file)) throw new Error(`No database at ${file}.`)
  if (fs.existsSync(destination)) throw new Error(`${destination} already exists; a backup never overwrites one.`)
  fs.mkdirSync(path.dirname(destination), { recursive: true })
  const source = createClient({ url: `file:${file}` })
  try {
    await source.execute('PRAGMA busy_timeout = 5000')
    await source.execute({ sql: 'VACUUM INTO ?', args: [destination] })
  } finally {
    source.close()
  }
  const copy = createClient({ url: `file:${destination}` })
  try {
    const { rows } = await copy.execute('PRAGMA integrity_check')
    if (rows[0]?.[0] !== 'ok') throw new Error(`The copy at ${destination} failed its integrity check.`)
  } finally {
    copy.close()
  }
  return { path: destination, bytes: fs.statSync(destination).size }
}

/** data/backups/portal-2026-11-25T11-20-00Z.db: sortable, one per run. */
export function backupFileName(now = new Date()): string {
  return `portal-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.db`
}
