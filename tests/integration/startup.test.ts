import { spawn } from 'node:child_process'
import net from 'node:net'

import { describe, expect, it } from '@jest/globals'

/** A local port nothing listens on: connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

function runStart(env: Record<string, string>) {
  return new Promise<{ code: number | null; stdout: string; stderr: string; ms: number }>((resolve) => {
    const started = Date.now()
    const child = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, ...env } })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('exit', (code) => resolve({ code, stdout, stderr, ms: Date.now() - started }))
  })
}

describe('npm start with an unreachable MongoDB', () => {
  it('fails within seconds with one line naming the host and no credentials', async () => {
    const port = await closedPort()
    const result = await runStart({
      DATABASE_URI: `mongodb://editor:s3cret-pw@127.0.0.1:${port}/portal`,
      PAYLOAD_SECRET: '3f9c1e7a5b2d48e6a0c4f1b9d7e25a8c',
      PORT: '0',
    })

    expect(result.code).toBe(1)
    expect(result.ms).toBeLessThan(30_000)
    const errorLines = result.stderr.split('\n').filter((line) => line.trim())
    expect(errorLines).toHaveLength(1)
    expect(errorLines[0]).toContain(`Cannot reach MongoDB at 127.0.0.1:${port}`)
    expect(result.stderr + result.stdout).not.toContain('s3cret-pw')
    expect(result.stderr + result.stdout).not.toContain('editor')
  }, 40_000)

  it('refuses a DATABASE_URI it does not understand, saying which forms it takes', async () => {
    const result = await runStart({ DATABASE_URI: 'postgres://u:pw@db/portal', PORT: '0' })
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toBe(
      'DATABASE_URI must start with "file:" (SQLite) or "mongodb://" (MongoDB), not "postgres:".',
    )
  }, 40_000)
})

describe('npm start as a production deployment', () => {
  it('refuses to start without a real PAYLOAD_SECRET, in one line', async () => {
    for (const secret of ['', 'changeme', 'too-short-1234']) {
      const result = await runStart({ SERVER_URL: 'https://news.example', PAYLOAD_SECRET: secret, DATABASE_URI: 'file:/nonexistent/never-opened.db', PORT: '0' })
      expect(result.code).toBe(1)
      const errorLines = result.stderr.split('\n').filter((line) => line.trim())
      expect(errorLines).toHaveLength(1)
      expect(errorLines[0]).toMatch(/^PAYLOAD_SECRET (is not set|looks like a placeholder): a production deployment needs/)
      if (secret) expect(result.stderr + result.stdout).not.toContain(secret)
    }
  }, 60_000)
})
