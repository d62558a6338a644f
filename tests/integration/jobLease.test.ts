import { afterAll, beforeAll, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { jobLease } from '@/cms/jobRunner'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

// The two-instance behaviour (one run per interval across two real servers) is tests/scale/scale.test.ts.
it('gives each interval to exactly one of many instances asking at once', async () => {
  const now = new Date(Date.UTC(2026, 11, 7, 12, 0, 30))
  const answers = await Promise.all(Array.from({ length: 12 }, () => jobLease(payload, 60, now)))
  expect(answers.filter(Boolean)).toHaveLength(1)
  // Later in the same interval: still taken.
  expect(await jobLease(payload, 60, new Date(now.getTime() + 20_000))).toBe(false)
})

it('passes the lease on when its interval ends, whoever held it (a dead holder delays nothing)', async () => {
  const now = new Date(Date.UTC(2026, 11, 7, 13, 0, 10))
  expect(await jobLease(payload, 60, now)).toBe(true)
  // The holder is gone; the next interval's first asker takes it.
  const next = new Date(now.getTime() + 60_000)
  const answers = await Promise.all([jobLease(payload, 60, next), jobLease(payload, 60, next)])
  expect(answers.sort()).toEqual([false, true])
})
