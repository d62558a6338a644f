import fs from 'node:fs'

import { STATE_FILE } from './globalSetup.mjs'

export default async function globalTeardown() {
  // The SMTP sink started by globalSetup.mjs in this same process.
  await globalThis.__E2E_SMTP_SINK__?.close()
  if (!fs.existsSync(STATE_FILE)) return
  const { pid, dir, mailDir } = JSON.parse(fs.readFileSync(STATE_FILE, 'utf8'))
  try {
    process.kill(-pid, 'SIGTERM') // the whole group: npm start's script and the Next server it spawned
  } catch {
    // already gone
  }
  fs.rmSync(dir, { recursive: true, force: true })
  if (mailDir) fs.rmSync(mailDir, { recursive: true, force: true })
  fs.rmSync(STATE_FILE, { force: true })
}
