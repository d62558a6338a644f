import type { Payload } from 'payload'

import { REVIEW_LOCKS_CONTEXT } from '@/access/reviewLocksOnly'

/**
 * Limits whose state lives in the database, so they hold across every instance of the portal. Each lock is
 * a row with a unique key; taking it means creating that row. The database's unique index decides races
 * between concurrent requests, on SQLite and MongoDB alike (both adapters report a collision as a
 * ValidationError on `key`): of 50 simultaneous attempts on one key exactly one succeeds.
 */
export type Window = { max: number; windowSeconds: number }
export type Lock = { release: () => Promise<void> }
export type Allowance = ({ allowed: true } & Lock) | { allowed: false; retryAfterSeconds: number }

/** Every call goes through the collection's access rules (overrideAccess: false), as the limiter. */
const asLimiter = { overrideAccess: false, context: { [REVIEW_LOCKS_CONTEXT]: true } } as const

/**
 * A fixed-window rate limit: the `max` uses of a window are keys "<bucket>:<window>:<n>", and a request takes
 * the first free one. When all are taken the answer says when the window ends.
 */
export async function takeSlot(payload: Payload, bucket: string, limit: Window, now: Date): Promise<Allowance> {
  const windowMs = limit.windowSeconds * 1000
  const windowIndex = Math.floor(now.getTime() / windowMs)
  const expiresAt = new Date((windowIndex + 1) * windowMs)
  for (let n = 0; n < limit.max; n++) {
    const lock = await tryLock(payload, `${bucket}:${windowIndex}:${n}`, expiresAt)
    if (lock) return { allowed: true, ...lock }
  }
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000)) }
}

/**
 * Holds `key` for `seconds` from now, or returns null while someone else holds it. A lock whose time has
 * passed is removed (only if it is still the expired one) and taken afresh, so "within 24 hours" is exact.
 */
export async function claimFor(payload: Payload, key: string, seconds: number, now: Date): Promise<Lock | null> {
  const expiresAt = new Date(now.getTime() + seconds * 1000)
  const lock = await tryLock(payload, key, expiresAt)
  if (lock) return lock
  const { docs } = await payload.find({
    collection: 'review-locks',
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    context: asLimiter.context,
  })
  if (docs.length === 0 || new Date(docs[0].expiresAt) > now) return null
  await payload.delete({
    collection: 'review-locks',
    where: { and: [{ id: { equals: docs[0].id } }, { expiresAt: { less_than_equal: now.toISOString() } }] },
    ...asLimiter,
  })
  return tryLock(payload, key, expiresAt)
}

/** Rows of windows that have ended are never read again; dropped now and then so the table stays small. */
export async function dropExpiredLocks(payload: Payload, now: Date): Promise<void> {
  await payload.delete({
    collection: 'review-locks',
    where: { expiresAt: { less_than_equal: now.toISOString() } },
    ...asLimiter,
  })
}

async function tryLock(payload: Payload, key: string, expiresAt: Date): Promise<Lock | null> {
  try {
    const row = await payload.create({
      collection: 'review-locks',
      data: { key, expiresAt: expiresAt.toISOString() },
      depth: 0,
      ...asLimiter,
    })
    return { release: () => release(payload, row.id) }
  } catch (error) {
    if (isKeyCollision(error)) return null
    throw error
  }
}

/**
 * Both adapters report a unique-index collision as Payload's ValidationError with an error on `key`. Checked
 * by shape, not by class: Next bundles server actions and route handlers separately (each may hold its own
 * copy of Payload's error classes) and minifies class names.
 */
function isKeyCollision(error: unknown): boolean {
  const errors = (error as { data?: { errors?: unknown } } | null)?.data?.errors
  return Array.isArray(errors) && errors.some((entry: unknown) => (entry as { path?: unknown } | null)?.path === 'key')
}

/** Gives a lock back, for a submission refused after taking it: nothing was stored, so it should not count. */
async function release(payload: Payload, id: number | string): Promise<void> {
  await payload.delete({ collection: 'review-locks', id, ...asLimiter })
}
