import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { payloadSecret } from '@/lib/secret'

describe('payloadSecret', () => {
  const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'portal-secret-'))

  it('uses PAYLOAD_SECRET when it is set', () => {
    const dir = dataDir()
    expect(payloadSecret({ PAYLOAD_SECRET: ' from-env ' }, dir)).toBe('from-env')
    expect(fs.existsSync(path.join(dir, '.payload-secret'))).toBe(false)
  })

  it('generates one secret on first use, keeps it private, and reuses it after a restart', () => {
    const dir = path.join(dataDir(), 'nested')
    const first = payloadSecret({}, dir)
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(fs.statSync(path.join(dir, '.payload-secret')).mode & 0o077).toBe(0)
    expect(payloadSecret({}, dir)).toBe(first)
  })
})
