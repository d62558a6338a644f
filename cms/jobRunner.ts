import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { PayloadRequest } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'

/**
 * Queued jobs (scheduled publishing) are run by the server itself: every JOBS_INTERVAL_SECONDS it
 * calls Payload's /api/payload-jobs/run on its own port, with a token made at start-up and known only
 * to this process. Running them through a request (not a timer inside Payload) lets publication
 * expire Next's cache like any other save.
 */
const TOKEN_ENV = 'PORTAL_JOBS_TOKEN'

export function startJobRunner(env = process.env): void {
  const token = randomBytes(32).toString('hex')
  env[TOKEN_ENV] = token
  const seconds = Math.max(1, Number(env.JOBS_INTERVAL_SECONDS) || 60)
  const url = `http://127.0.0.1:${env.PORT || 3000}/api/payload-jobs/run?allQueues=true&limit=20`
  const timer = setInterval(() => {
    fetch(url, { headers: { authorization: `Bearer ${token}` } }).catch(() => {
      // The server is starting or stopping; the next tick tries again.
    })
  }, seconds * 1000)
  timer.unref()
}

/** Jobs run for admins and editors, and for this process's own runner. */
export function canRunJobs({ req }: { req: PayloadRequest }): boolean {
  if (hasRole(req.user, EDITING_ROLES)) return true
  const expected = process.env[TOKEN_ENV]
  const given = req.headers.get('authorization')?.replace(/^Bearer /, '')
  if (!expected || !given || given.length !== expected.length) return false
  return timingSafeEqual(Buffer.from(given), Buffer.from(expected))
}

/** Queueing a job (e.g. scheduling a publication) is an editor's act, like publishing itself. */
export function canQueueJobs({ req }: { req: PayloadRequest }): boolean {
  return hasRole(req.user, EDITING_ROLES)
}
