import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'

import { ADMIN, get } from './env'

/**
 * Scheduled publishing with nothing but `npm start`: a job queued for a past moment is run by the
 * server's own job runner, and the article reaches readers without anyone touching it.
 */

let payload: Payload

beforeAll(async () => {
  // The test queues the job the way the admin's "Schedule publish" does, through the Local API on
  // the running portal's own database file.
  process.env.DATABASE_URI = process.env.E2E_DATABASE_URI
  process.env.PAYLOAD_SECRET = 'e2e-secret-not-for-production'
  const { default: config } = await import('@payload-config')
  const { getPayload } = await import('payload')
  payload = await getPayload({ config })
})

afterAll(async () => {
  await payload.destroy()
})

describe('scheduled publishing', () => {
  it('is carried out by the running server, and readers see the article', async () => {
    const { docs } = await payload.find({ collection: 'users', where: { email: { equals: ADMIN.email } } })
    const draft = await payload.create({
      collection: 'articles',
      locale: 'az',
      context: { disableRevalidate: true },
      data: { title: 'Vaxtı çatanda dərc olunan xəbər', _status: 'draft' },
    })
    expect((await get(`/az/news/${draft.slug}`)).status).toBe(404)

    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'articles', value: draft.id }, user: { relationTo: 'users', value: docs[0].id } },
      waitUntil: new Date(Date.now() + 1500),
    })

    let status = 0
    for (let attempt = 0; attempt < 40 && status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await get(`/az/news/${draft.slug}`)).status
    }
    expect(status).toBe(200)
    expect(await (await get('/az')).text()).toContain('Vaxtı çatanda dərc olunan xəbər')
  })
})
