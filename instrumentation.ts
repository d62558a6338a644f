/** Runs once when the Next.js server starts (not during `next build`). */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return
  // The Docker image starts the server directly (no scripts/prepare.ts): refuse a weak secret here too.
  const { assertProductionSecret, SecretError } = await import('./cms/secret')
  try {
    assertProductionSecret()
  } catch (error) {
    if (!(error instanceof SecretError)) throw error
    console.error(error.message)
    process.exit(1)
  }
  const { startJobRunner } = await import('./cms/jobRunner')
  startJobRunner()
  // server/shutdown.ts runs these once the last request has finished.
  const hooks = ((globalThis as Record<symbol, unknown>)[Symbol.for('portal.shutdownHooks')] ??= []) as (() => Promise<void>)[]
  hooks.push(async () => {
    const { getPayloadClient } = await import('./cms/getPayloadClient')
    const payload = await getPayloadClient()
    // The server has stopped listening, so the readers' views counted since the last hand-over
    // (server/viewFlush.ts) are recorded here. The cache needs no expiring: this process is ending.
    const [{ pendingViews }, { recordViews }] = await Promise.all([import('./lib/views/viewCounts'), import('./lib/views/recordViews')])
    try {
      await recordViews(payload, pendingViews().take())
    } catch (error) {
      console.error(`Views not recorded at shutdown: ${error instanceof Error ? error.message : String(error)}`)
    }
    // MongoDB's adapter closes its connection here; SQLite's forgets its schema but leaves the file open…
    await payload.destroy()
    // …so its client is closed too, which checkpoints the write-ahead log into the database file.
    ;(payload.db as { client?: { close?: () => void } }).client?.close?.()
  })
}
