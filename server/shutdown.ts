import type { Server } from 'node:http'

/**
 * Hooks the app registers (instrumentation.ts closes the database), run once the last request has finished.
 * Shared through a global symbol because the app's modules are Next's bundled copies, not this process's.
 */
const HOOKS = Symbol.for('portal.shutdownHooks')
type Hook = () => Promise<void> | void
const hooks = ((globalThis as Record<symbol, unknown>)[HOOKS] ??= []) as Hook[]
/** Hooks run as soon as the server stops accepting connections: long-lived answers (live pages' event streams) end there, or the wait below would last the whole grace period. */
const CLOSING = Symbol.for('portal.closingHooks')
const closing = ((globalThis as Record<symbol, unknown>)[CLOSING] ??= []) as (() => void)[]

const log = (level: 'info' | 'error', fields: Record<string, unknown>) =>
  (level === 'error' ? console.error : console.log)(JSON.stringify({ time: new Date().toISOString(), level, msg: 'shutdown', ...fields }))

/**
 * On SIGTERM or SIGINT: stop accepting connections, let requests in flight finish (at most
 * SHUTDOWN_GRACE_SECONDS, default 10), run the app's shutdown hooks and exit. A request that would outlast
 * the bound is cut off rather than hold a deploy forever.
 */
export function shutDownGracefully(server: Server, { dev = false } = {}): void {
  let stopping = false
  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    const graceMs = Math.max(1, Number(process.env.SHUTDOWN_GRACE_SECONDS) || 10) * 1000
    const started = Date.now()
    setTimeout(() => {
      log('error', { signal, outcome: 'requests still running after the grace period; exiting' })
      process.exit(1)
    }, graceMs).unref()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      for (const end of closing) end()
      // In development nothing is worth waiting for (and the dev server keeps its own connections open).
      if (dev) server.closeAllConnections()
      else server.closeIdleConnections()
    })
    let ran = 0
    for (const hook of hooks) {
      try {
        await hook()
        ran += 1
      } catch (error) {
        console.error(`Shutdown hook failed: ${error instanceof Error ? error.message : String(error)}`)
      }
    }
    log('info', { signal, hooks: ran, ms: Date.now() - started })
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}
