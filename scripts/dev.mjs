// `npm run dev` (after scripts/prepare.ts): the same server as `npm start` (server/main.ts, compiled by
// scripts/lib.mjs) in development mode: Next compiles pages on request and reloads them on change. A change
// to server/ itself needs a restart.
import { spawn } from 'node:child_process'

import { bundleServer, root, serverArgs } from './lib.mjs'

await bundleServer()
const server = spawn(process.execPath, serverArgs('--dev'), {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
