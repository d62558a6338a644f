import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { startPasswordAttempt } from '@/cms/staffAuth/passwordAttempts'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

/** A 15-minute window starts on the quarter hour; the clock is passed in, so nothing here waits. */
const windowStart = new Date('2026-12-01T10:00:00.000Z')
const later = (minutes: number) => new Date(windowStart.getTime() + minutes * 60_000)

describe('the password attempt allowance (the e2e tests cover it over HTTP)', () => {
  it('gives an address five attempts at one account per window, says when the window ends, and renews with the next window', async () => {
    for (let i = 0; i < 5; i++) expect((await startPasswordAttempt(payload, '192.0.2.1', 'staff@window.test', later(i))).allowed).toBe(true)
    // The account is the address as Payload's login compares it: case and surrounding spaces do not matter.
    expect(await startPasswordAttempt(payload, '192.0.2.1', ' Staff@Window.test', later(5))).toEqual({ allowed: false, retryAfterSeconds: 10 * 60 })
    expect((await startPasswordAttempt(payload, '192.0.2.2', 'staff@window.test', later(5))).allowed).toBe(true)
    expect((await startPasswordAttempt(payload, '192.0.2.1', 'staff@window.test', later(15))).allowed).toBe(true)
  })

  it('gets back the attempts that are released (successful checks)', async () => {
    for (let i = 0; i < 10; i++) {
      const attempt = await startPasswordAttempt(payload, '192.0.2.3', 'staff@release.test', later(1))
      expect(attempt.allowed).toBe(true)
      if (attempt.allowed) await attempt.release()
    }
  })
})
