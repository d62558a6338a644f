// `npm start`: prepare the database (migrations, demo content when empty), build when the current
// sources have no build yet, then serve the portal on PORT (3000 by default).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { bin, build, ExitError, isBuildCurrent, root, run } from './lib.mjs'

const port = process.env.PORT || '3000'
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }

async function main() {
  await run(bin('tsx'), ['scripts/prepare.ts'], { env })
  if (isBuildCurrent()) {
    console.log('The production build is current.')
  } else {
    console.log('No current production build: building first (about a minute).')
    await build()
  }
  // The preloads tell the app each connection's real address, log one JSON line per request and shut
  // down gracefully.
  const preloads = ['client-address.mjs', 'request-log.mjs', 'graceful-shutdown.mjs'].flatMap((file) => ['--import', path.join(root, 'scripts', file)])
  const server = spawn(
    process.execPath,
    [...preloads, path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--port', port],
    { cwd: root, stdio: 'inherit', env },
  )
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

main().catch((error) => {
  // The failing step has already said what went wrong; no stack trace on top of it.
  if (!(error instanceof ExitError)) console.error(error.message)
  process.exit(error instanceof ExitError ? error.code : 1)
})
