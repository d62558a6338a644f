import { createClient, type Client, type Config } from '@libsql/client'
import type { Payload } from 'payload'

/**
 * Works around a libsql flaw: when a write fails with SQLITE_BUSY (another process held the write lock
 * past the busy timeout), the connection is left inside a transaction that never commits, and every later
 * write on it is silently lost when the connection closes (reproduced in tests/e2e/faults.test.ts). So on
 * SQLITE_BUSY the failed request gets its error (503 for reviews) and the adapter's connection is replaced
 * by a fresh one at once; the stale one is closed, which rolls back nothing but the failed statement.
 * MongoDB is unaffected: this installs itself only on the SQLite adapter.
 */

type SqliteAdapter = { client?: Client; clientConfig?: Config; busyTimeout?: number }
type Method = 'execute' | 'batch' | 'migrate' | 'transaction' | 'executeMultiple'
const METHODS: Method[] = ['execute', 'batch', 'migrate', 'transaction', 'executeMultiple']

const INSTALLED = Symbol.for('portal.sqliteBusyRecovery')

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY')
}

export function recoverFromBusyErrors(payload: Payload): void {
  const adapter = payload.db as unknown as SqliteAdapter
  const client = adapter.client as (Client & { [INSTALLED]?: true }) | undefined
  if (!client || !adapter.clientConfig || client[INSTALLED]) return
  client[INSTALLED] = true

  // Drizzle keeps a reference to this client object, so its methods are redirected to whichever
  // connection is current: at first its own, after a recovery a fresh one.
  const own = Object.fromEntries(METHODS.map((method) => [method, client[method].bind(client)])) as Pick<Client, Method>
  let current: Pick<Client, Method> & { close: () => void } = { ...own, close: () => client.close() }
  let recovering: Promise<void> | null = null

  const recover = () =>
    (recovering ??= (async () => {
      const stale = current
      const fresh = createClient(adapter.clientConfig!)
      if (adapter.busyTimeout) await fresh.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout}`)
      current = fresh
      try {
        stale.close()
      } catch {
        // already closed
      }
      payload.logger.warn('SQLite connection replaced after a busy database refused a write.')
    })().finally(() => {
      recovering = null
    }))

  for (const method of METHODS) {
    Object.defineProperty(client, method, {
      configurable: true,
      value: async (...args: unknown[]) => {
        try {
          return await (current[method] as (...a: unknown[]) => Promise<unknown>)(...args)
        } catch (error) {
          if (isBusy(error)) await recover()
          throw error
        }
      },
    })
  }
}
