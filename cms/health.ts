import type { Payload } from 'payload'

import { getPayloadClient } from './getPayloadClient'

/** Longer than this and the database counts as unreachable (SQLite waits 5 s on a lock, MongoDB 5 s to connect). */
export const READY_TIMEOUT_MS = 3000

export type Readiness = { ready: true } | { ready: false; reason: 'database' | 'migrations' }

/** Migrations the adapter runs in production (SQLite's committed ones; MongoDB needs none). */
function expectedMigrations(payload: Payload): string[] {
  const { prodMigrations } = payload.db as { prodMigrations?: { name: string }[] }
  return (prodMigrations ?? []).map((migration) => migration.name)
}

/**
 * Whether this instance can serve readers: the database answers (through the adapter, the same on SQLite
 * and MongoDB) and every migration has been applied. Says which failed and nothing more: no error text,
 * which could name hosts or files.
 */
export async function readiness(timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<Readiness>((resolve) => {
    timer = setTimeout(() => resolve({ ready: false, reason: 'database' }), timeoutMs)
  })
  const check = (async (): Promise<Readiness> => {
    try {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'payload-migrations',
        depth: 0,
        limit: 0,
        pagination: false,
        select: { name: true },
        // Staff-only bookkeeping, read by the server for itself: no reader's request reaches this query.
        overrideAccess: true,
      })
      const applied = new Set(docs.map((doc) => doc.name))
      return expectedMigrations(payload).every((name) => applied.has(name)) ? { ready: true } : { ready: false, reason: 'migrations' }
    } catch {
      return { ready: false, reason: 'database' }
    }
  })()
  try {
    return await Promise.race([check, timeout])
  } finally {
    clearTimeout(timer)
  }
}
