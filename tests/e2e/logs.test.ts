import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

import { get } from './env'

/** The server's output (globalSetup.mjs writes it to server.log beside the test database). */
const serverLog = () => fs.readFileSync(path.join(path.dirname(process.env.E2E_DATABASE_URI!.replace(/^file:/, '')), 'server.log'), 'utf8')

type Line = { time: string; level: string; msg: string; method: string; path: string; status: number; ms: number }

describe('request logs', () => {
  it('writes one JSON line per request with status and duration, and nothing personal', async () => {
    const marker = `secret-search-${Date.now()}`
    const reader = '203.0.113.77'
    await get(`/en/search?q=${marker}`, { headers: { 'x-forwarded-for': reader, 'user-agent': 'Marker-Agent/1.0' } })
    await get('/en/no-such-page-for-logs')
    await new Promise((resolve) => setTimeout(resolve, 200))
    const log = serverLog()
    const lines = log
      .split('\n')
      .filter((line) => line.startsWith('{"time"'))
      .map((line) => JSON.parse(line) as Line)
    const search = lines.filter((line) => line.path === '/en/search').at(-1)
    expect(search).toMatchObject({ msg: 'request', method: 'GET', status: 200, level: 'info' })
    expect(typeof search?.ms).toBe('number')
    expect(new Date(search!.time).getTime()).toBeGreaterThan(Date.now() - 60_000)
    expect(lines.filter((line) => line.path === '/en/no-such-page-for-logs').at(-1)?.status).toBe(404)
    expect(log).not.toContain(marker)
    expect(log).not.toContain(reader)
    expect(log).not.toContain('Marker-Agent')
  })
})
