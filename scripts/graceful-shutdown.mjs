// Preloaded into the server process beside client-address.mjs (Next's own signal handling is turned off
// with NEXT_MANUAL_SIG_HANDLE). On SIGTERM or SIGINT: stop accepting connections, let requests in flight
// finish (at most SHUTDOWN_GRACE_SECONDS, default 10), then run the app's shutdown hooks (instrumentation.ts
// closes the database) and exit. A request that would outlast the bound is cut off rather than hold a
// deploy forever.
import http from 'node:http'

const servers = new Set()
const listen = http.Server.prototype.listen
http.Server.prototype.listen = function listenAndTrack(...args) {
  servers.add(this)
  return listen.apply(this, args)
}

/** Hooks the app registers (see instrumentation.ts); each may return a promise. */
const HOOKS = Symbol.for('portal.shutdownHooks')
globalThis[HOOKS] ??= []

let stopping = false

async function shutdown(signal) {
  if (stopping) return
  stopping = true
  const graceMs = Math.max(1, Number(process.env.SHUTDOWN_GRACE_SECONDS) || 10) * 1000
  const started = Date.now()
  const forced = setTimeout(() => {
    console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'shutdown', signal, outcome: 'requests still running after the grace period; exiting' }))
    process.exit(1)
  }, graceMs)
  forced.unref()
  await Promise.all(
    [...servers].map(
      (server) =>
        new Promise((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections?.()
        }),
    ),
  )
  let hooks = 0
  for (const hook of globalThis[HOOKS]) {
    try {
      await hook()
      hooks += 1
    } catch (error) {
      console.error(`Shutdown hook failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  console.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', msg: 'shutdown', signal, hooks, ms: Date.now() - started }))
  process.exit(0)
}

process.env.NEXT_MANUAL_SIG_HANDLE = 'true'
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
