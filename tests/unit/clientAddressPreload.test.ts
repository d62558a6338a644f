import { spawn } from 'node:child_process'
import path from 'node:path'

import { describe, expect, it } from '@jest/globals'

/**
 * Runs a real HTTP server with scripts/client-address.mjs preloaded, in its own process (the preload patches
 * Node's http module, which must not leak into the test runner), and asks it what X-Forwarded-For it saw.
 */
async function seenBehindPreload(sent: Record<string, string>): Promise<string> {
  const server = `
    import http from 'node:http'
    const server = http.createServer((req, res) => res.end(String(req.headers['x-forwarded-for'])))
    server.listen(0, '127.0.0.1', () => console.log(server.address().port))
  `
  const child = spawn(process.execPath, ['--import', path.resolve('scripts/client-address.mjs'), '--input-type=module', '-e', server], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    const port = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())))
    return await (await fetch(`http://127.0.0.1:${port}/`, { headers: sent })).text()
  } finally {
    child.kill()
  }
}

describe('the client-address preload', () => {
  it('adds the connecting peer to X-Forwarded-For', async () => {
    expect(await seenBehindPreload({})).toBe('127.0.0.1')
  })

  it('appends the peer after whatever the client claimed, so the claim is never the last entry', async () => {
    expect(await seenBehindPreload({ 'x-forwarded-for': '6.6.6.6' })).toBe('6.6.6.6, 127.0.0.1')
  })
})
