import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { generateTypes } from 'payload/node'

import { bootPayload } from './payload'

let payload: Payload
let close: () => Promise<void>

beforeAll(async () => {
  ;({ payload, close } = await bootPayload())
})

afterAll(async () => {
  await close()
})

/** The subset of the SQLite adapter used to diff the schema against the last committed migration. */
type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}

describe('generated files', () => {
  it('payload-types.ts matches the collections (run `npm run generate:types`)', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-types-')), 'payload-types.ts')
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(payload.config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    expect(fs.readFileSync('payload-types.ts', 'utf8')).toBe(fs.readFileSync(out, 'utf8'))
  })

  it('the committed migrations build the current schema (run `npm run migrate:create`)', async () => {
    const db = payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const snapshots = fs.readdirSync('migrations').filter((file) => file.endsWith('.json')).sort()
    const latest: unknown = JSON.parse(fs.readFileSync(path.join('migrations', snapshots.at(-1) ?? ''), 'utf8'))
    const pending = await generateMigration(latest, await generateDrizzleJson(db.schema))
    expect(pending).toEqual([])
  })
})
