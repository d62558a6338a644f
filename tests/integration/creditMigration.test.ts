import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { down, up } from '@/migrations/20261201_023046_brand_logo_credit_gallery'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

describe('the migration that localizes media credit', () => {
  it('keeps a credit given before, as the Azerbaijani one, in both directions', async () => {
    const data = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>')
    const media = await payload.create({
      collection: 'media',
      locale: 'az',
      data: { alt: 'Şəkil', credit: 'Foto: Redaksiya' },
      file: { data, mimetype: 'image/svg+xml', name: 'credited.svg', size: data.length },
    })
    // The SQLite adapter's own handle, as Payload passes it to a migration.
    const args = { db: (payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle, payload, req: {} } as unknown as MigrateUpArgs & MigrateDownArgs
    await down(args)
    await up(args)
    const after = await payload.findByID({ collection: 'media', id: media.id, locale: 'az', fallbackLocale: false })
    expect(after.credit).toBe('Foto: Redaksiya')
    // en had none of its own: it falls back to the Azerbaijani credit.
    expect((await payload.findByID({ collection: 'media', id: media.id, locale: 'en' })).credit).toBe('Foto: Redaksiya')
  })
})
