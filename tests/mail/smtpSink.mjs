// A real SMTP server for the tests (smtp-server) on a free loopback port: no TLS, no authentication, every
// message accepted and stored raw (RFC 822, as received) in a directory, one .eml file each. It can be stopped
// and started again on the same port, so a test can take the relay down in the middle of a send.
// Plain .mjs because the e2e globalSetup (.mjs, not transformed) starts it; tests/mail/inbox.ts reads the files.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { SMTPServer } from 'smtp-server'

import { freePort } from '../../scripts/portal-process.mjs'

/**
 * @typedef {{ host: string, port: number, dir: string, env: Record<string, string>,
 *   stop: () => Promise<void>, start: () => Promise<void>, close: () => Promise<void> }} SmtpSink
 */

/**
 * @param {{ dir?: string, port?: number }} [options]
 * @returns {Promise<SmtpSink>}
 */
export async function startSmtpSink({ dir = fs.mkdtempSync(path.join(os.tmpdir(), 'smtp-sink-')), port } = {}) {
  const host = '127.0.0.1'
  const listenPort = port ?? (await freePort())
  fs.mkdirSync(dir, { recursive: true })
  let seq = 0
  /** @type {SMTPServer | null} */
  let server = null

  const create = () =>
    new SMTPServer({
      secure: false,
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      size: 10 * 1024 * 1024,
      onData(stream, _session, callback) {
        /** @type {Buffer[]} */
        const chunks = []
        stream.on('data', (chunk) => chunks.push(chunk))
        stream.on('error', callback)
        stream.on('end', () => {
          // Written under a temporary name and renamed, so a reader never sees half a message.
          const name = `${Date.now()}-${process.pid}-${String(++seq).padStart(5, '0')}.eml`
          const tmp = path.join(dir, `.${name}.tmp`)
          fs.writeFileSync(tmp, Buffer.concat(chunks))
          fs.renameSync(tmp, path.join(dir, name))
          callback()
        })
      },
    })

  const start = async () => {
    if (server) return
    const next = create()
    await new Promise((resolve, reject) => {
      next.once('error', reject)
      next.listen(listenPort, host, () => resolve(undefined))
    })
    server = next
  }
  const stop = async () => {
    const current = server
    server = null
    if (current) await new Promise((resolve) => current.close(() => resolve(undefined)))
  }

  await start()
  return {
    host,
    port: listenPort,
    dir,
    // The portal's settings for this sink (cms/email.ts): plain SMTP, no credentials.
    env: { SMTP_HOST: host, SMTP_PORT: String(listenPort), SMTP_SECURE: 'false', MAIL_FROM: 'newsroom@newsroom.test' },
    stop,
    start,
    close: async () => {
      await stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
