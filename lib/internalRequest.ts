import { randomUUID, timingSafeEqual } from 'node:crypto'

/**
 * Requests the portal's server sends to itself over loopback (the localized 404 page, the readers' view
 * counts) carry this header with a token made when the process starts and never written anywhere. The
 * server (server/main.ts) and the app's route handlers are separate bundles in one process, so the token is
 * kept under a global symbol, as the shutdown hooks are (server/shutdown.ts).
 */
export const INTERNAL_HEADER = 'x-portal-internal'

const TOKEN = Symbol.for('portal.internalToken')

/** This process's token (made on first use). */
export function internalToken(): string {
  const store = globalThis as Record<symbol, unknown>
  store[TOKEN] ??= randomUUID()
  return store[TOKEN] as string
}

/** Whether a request header carries this process's token (compared in constant time). */
export function isInternalToken(given: string | string[] | null | undefined): boolean {
  if (typeof given !== 'string') return false
  const expected = Buffer.from(internalToken())
  const actual = Buffer.from(given)
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
