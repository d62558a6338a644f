import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'

import { EDITING_ROLES, hasRole } from '@/access/roles'
import { takeSlot } from '@/lib/reviews/locks'

/**
 * Queued jobs (scheduled publishing, mail, the daily plans) are run by the server itself: every
 * JOBS_INTERVAL_SECONDS it calls Payload's /api/payload-jobs/run on its own port, with a token made at
 * start-up and known only to this process. Running them through a request (not a timer inside Payload) lets
 * publication expire Next's cache like any other save.
 *
 * With several instances on one database only one of them runs the jobs of each interval: the run endpoint lets
 * this process's runner in only while it holds the interval's lease (`jobLease`, in `canRunJobs`); the others are
 * answered 401 for that tick. Payload's own pick-up (find, then mark as processing) is not atomic, so two instances
 * polling at once could run a due job twice, and each would queue the schedules' jobs (`handleSchedules`) again.
 * The lease is taken there, inside the app's request, not in the timer: the timer lives in instrumentation's bundle,
 * and a Payload started from that bundle would carry its own copy of Payload's error classes, which the API's
 * error responses (instanceof checks) would then no longer recognise.
 */
const TOKEN_ENV = 'PORTAL_JOBS_TOKEN'

/**
 * The lease is a row of the locks collection (lib/reviews/locks.ts) with the key "job-runner:<interval index>":
 * the database's unique index lets exactly one instance create it, on SQLite and MongoDB alike. It expires with
 * its interval, so an instance that dies holding it delays nothing: the next interval's lease goes to whichever
 * instance asks first. Instances must agree on JOBS_INTERVAL_SECONDS and keep their clocks in sync (NTP).
 */
export async function jobLease(payload: Payload, intervalSeconds: number, now = new Date()): Promise<boolean> {
  const slot = await takeSlot(payload, 'job-runner', { max: 1, windowSeconds: intervalSeconds }, now)
  return slot.allowed
}

export function jobIntervalSeconds(env = process.env): number {
  return Math.max(1, Number(env.JOBS_INTERVAL_SECONDS) || 60)
}

export function startJobRunner(env = process.env): void {
  const token = randomBytes(32).toString('hex')
  env[TOKEN_ENV] = token
  const seconds = jobIntervalSeconds(env)
  const url = `http://127.0.0.1:${env.PORT || 3000}/api/payload-jobs/run?allQueues=true&limit=20`
  let running = false
  const tick = async () => {
    // A run longer than the interval is not overlapped by this instance's next tick.
    if (running) return
    running = true
    try {
      const answer = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
      await answer.arrayBuffer()
    } catch {
      // The server or its database is starting or stopping; the next tick tries again.
    } finally {
      running = false
    }
  }
  const timer = setInterval(() => void tick(), seconds * 1000)
  timer.unref()
}

/** Jobs run for admins and editors, and for this process's own runner while it holds the interval's lease. */
export async function canRunJobs({ req }: { req: PayloadRequest }): Promise<boolean> {
  if (hasRole(req.user, EDITING_ROLES)) return true
  const expected = process.env[TOKEN_ENV]
  const given = req.headers.get('authorization')?.replace(/^Bearer /, '')
  if (!expected || !given || given.length !== expected.length) return false
  if (!timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return false
  return jobLease(req.payload, jobIntervalSeconds())
}

/** Queueing a job (e.g. scheduling a publication) is an editor's act, like publishing itself. */
export function canQueueJobs({ req }: { req: PayloadRequest }): boolean {
  return hasRole(req.user, EDITING_ROLES)
}
