import fs from 'node:fs'

import { describe, expect, it } from '@jest/globals'

/**
 * No advisory database is reachable offline, so the lockfile is held to the fixed releases of the advisories
 * in ../shared/notes/advisories.md: every copy of each package that npm installs must be at or above them.
 */
const MINIMUM: Record<string, { version: string; why: string }> = {
  next: { version: '16.2.11', why: 'CVE-2025-59471, CVE-2026-44577, CVE-2026-64644 (image optimizer DoS); proxy bypasses' },
  payload: { version: '3.74.0', why: 'CVE-2025-4643 (token valid after logout), CVE-2026-25574 (preferences IDOR)' },
  'drizzle-orm': { version: '0.45.2', why: 'CVE-2026-39356 (SQL injection through identifier escaping)' },
  'next-intl': { version: '4.9.1', why: 'CVE-2026-40299 (open redirect)' },
  react: { version: '19.2.0', why: 'CVE-2026-23864 (Server Function deserialization DoS), with react-dom' },
  'react-dom': { version: '19.2.0', why: 'CVE-2026-23864' },
}

type Lock = { packages: Record<string, { version?: string }> }
const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8')) as Lock

function compare(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/).slice(0, 3).map(Number))
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

describe('locked versions', () => {
  it.each(Object.entries(MINIMUM))('every installed copy of %s is at or above the fixed release', (name, { version }) => {
    const copies = Object.entries(lock.packages).filter(([path]) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`))
    expect(copies.length).toBeGreaterThan(0)
    for (const [path, entry] of copies) expect([path, entry.version, compare(entry.version ?? '0.0.0', version) >= 0]).toEqual([path, entry.version, true])
  })

  it('pins exact versions in package.json, so the lockfile is what gets installed', () => {
    const manifest = JSON.parse(fs.readFileSync('package.json', 'utf8')) as Record<string, Record<string, string> | undefined>
    for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
      expect([name, /^\d+\.\d+\.\d+$/.test(range)]).toEqual([name, true])
    }
  })
})
