// `npm run bench:newsletter` (issue 18): how fast the digest job renders issues and hands them to SMTP, for
// 10,000 confirmed subscribers on a fresh SQLite database, through a real SMTP server on loopback that accepts
// and counts every message (smtp-server, nothing written to disk). Runs the job's own code (lib/newsletter/
// sendIssue.ts: claim, render, send, record per subscriber) in a child under tsx. Prints figures, asserts nothing.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

import { bin, root, run } from '../lib.mjs'
import { freePort } from '../portal-process.mjs'

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS) || 10_000
let received = 0
let bytes = 0
const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  // A relay's own lookups are its cost, not the portal's: this sink answers at once.
  disableReverseLookup: true,
  onData(stream, _session, callback) {
    stream.on('data', (chunk) => (bytes += chunk.length))
    stream.on('end', () => {
      received += 1
      callback()
    })
  },
})
const port = await freePort()
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve))
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-newsletter-'))
console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}, Node ${process.version}`)
try {
  await run(bin('tsx'), ['scripts/bench/newsletterRun.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
      // A production-looking run (https SERVER_URL) insists on a real secret (cms/secret.ts).
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      MEDIA_DIR: path.join(dir, 'media'),
      SERVER_URL: 'https://news.example.az',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(port),
      SMTP_SECURE: 'false',
      MAIL_FROM: 'newsroom@newsroom.test',
      BENCH_SUBSCRIBERS: String(SUBSCRIBERS),
    },
  })
  console.log(`SMTP server received ${received} messages, ${(bytes / 2 ** 20).toFixed(1)} MB.`)
} finally {
  await new Promise((resolve) => server.close(resolve))
  fs.rmSync(dir, { recursive: true, force: true })
}
