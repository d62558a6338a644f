import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

import { describe, expect, it } from '@jest/globals'

import { baseURL } from './env'

type Row = { path: string; scores: Record<string, number>; lost: string[] }

/**
 * Lighthouse's accessibility, best-practices and SEO audits in Debian's Chromium on the home, article and event
 * pages in az, en and ru (scripts/lighthouse.mjs, which `npm run lighthouse` also runs with the performance
 * category, whose figures are measured there and never asserted).
 */
describe('Lighthouse', () => {
  it('scores 100 for accessibility, best practices and SEO on every page type in every language', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['scripts/lighthouse.mjs', baseURL(), '--only=accessibility,best-practices,seo', '--json'], {
      maxBuffer: 16 * 1024 * 1024,
    })
    const rows = JSON.parse(stdout.trim().split('\n').at(-1) ?? '[]') as Row[]
    expect(rows).toHaveLength(9)
    // Each page with its scores and the audits that cost points, so a failure says what to fix.
    expect(rows.map((row) => [row.path, row.scores, row.lost])).toEqual(
      rows.map((row) => [row.path, { accessibility: 100, 'best-practices': 100, seo: 100 }, []]),
    )
  }, 600_000)
})
