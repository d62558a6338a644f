import mongoose from 'mongoose'
import fs from 'node:fs'
import path from 'node:path'

import { DatabaseError, type DatabaseTarget } from './database'

/**
 * Checks, before Payload starts, that the database can be opened, so a wrong DATABASE_URI ends
 * start-up within seconds with one readable line instead of a hang or a wall of stack traces.
 */
export async function assertDatabaseReachable(target: DatabaseTarget, timeoutMs: number): Promise<void> {
  if (target.kind === 'sqlite') {
    // libSQL cannot create the folder of a new database file.
    fs.mkdirSync(path.dirname(target.file), { recursive: true })
    return
  }
  const connection = mongoose.createConnection(target.url, {
    serverSelectionTimeoutMS: timeoutMs,
    connectTimeoutMS: timeoutMs,
  })
  try {
    await connection.asPromise()
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new DatabaseError(
      `Cannot reach MongoDB at ${target.hosts} (from DATABASE_URI) within ${timeoutMs / 1000} s: ${redact(reason, target.url)}`,
    )
  } finally {
    await connection.close().catch(() => undefined)
  }
}

/** Driver messages may quote the URI; never let its user name or password reach a log. */
function redact(message: string, url: string): string {
  const userInfo = /^mongodb(?:\+srv)?:\/\/([^@/]+)@/.exec(url)?.[1]
  let out = message.split(url).join('[DATABASE_URI]')
  if (userInfo) out = out.split(userInfo).join('***')
  return out.split('\n')[0]
}
