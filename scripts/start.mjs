// `npm start`: prepare the database (migrations, demo content when empty), build when the current
// sources have no build yet, then serve the portal on PORT (3000 by default).
import { spawn } from 'node:child_process'

import { bin, build, bundleServer, ExitError, isBuildCurrent, root, run, serverArgs } from './lib.mjs'

const port = process.env.PORT || '3000'
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }

async function main() {
  await run(bin('tsx'), ['scripts/prepare.ts'], { env })
  if (isBuildCurrent(env)) {
    console.log('The production build is current.')
  } else {
    // Also after switching databases: the build prerenders pages from the database (lib/prerender.ts).
    console.log('No current production build for these sources and this database: building first (about two minutes).')
    await build(env)
  }
  // server/ is not part of Next's build: compiled afresh on every start (milliseconds).
  await bundleServer()
  const server = spawn(
    process.execPath,
    serverArgs(),
    { cwd: root, stdio: 'inherit', env: { ...env, PORT: port } },
  )
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

main().catch((error) => {
  // The failing step has already said what went wrong; no stack trace on top of it.
  if (!(error instanceof ExitError)) console.error(error.message)
  process.exit(error instanceof ExitError ? error.code : 1)
})
