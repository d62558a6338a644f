import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { assertProductionSecret, isProductionDeployment, payloadSecret } from '@/cms/secret'

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

describe('production secrets', () => {
  const strong = 'f'.repeat(16) + '0123456789abcdef0123'
  it('treats MongoDB or a public https address in production mode as a production deployment', () => {
    expect(isProductionDeployment({ NODE_ENV: 'production', DATABASE_URI: 'mongodb://mongo:27017/news' })).toBe(true)
    expect(isProductionDeployment({ NODE_ENV: 'production', SERVER_URL: 'https://news.example' })).toBe(true)
    expect(isProductionDeployment({ NODE_ENV: 'production' })).toBe(false)
    expect(isProductionDeployment({ NODE_ENV: 'development', DATABASE_URI: 'mongodb://mongo/news' })).toBe(false)
  })

  it('refuses a missing, short or placeholder secret there, and accepts a long random one', () => {
    const production = { NODE_ENV: 'production', DATABASE_URI: 'mongodb://mongo/news' }
    expect(() => assertProductionSecret(production)).toThrow(/PAYLOAD_SECRET is not set/)
    expect(() => assertProductionSecret({ ...production, PAYLOAD_SECRET: 'short' })).toThrow(/placeholder/)
    expect(() => assertProductionSecret({ ...production, PAYLOAD_SECRET: 'changeme-changeme-changeme-changeme' })).toThrow(/placeholder/)
    expect(() => assertProductionSecret({ ...production, PAYLOAD_SECRET: strong })).not.toThrow()
    expect(() => payloadSecret(production)).toThrow(/PAYLOAD_SECRET is not set/)
  })
})
