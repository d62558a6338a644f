import type { PendingViews, ViewCount } from '@/lib/views/viewCounts'

/** Views sent per request: the API's body limit (lib/requestLimits.mjs) holds far more than this. */
const VIEWS_PER_REQUEST = 1000

export type SendViews = (views: ViewCount[]) => Promise<void>

/**
 * Every VIEWS_FLUSH_SECONDS (default 60) the counts gathered since the last time are handed to the app
 * (`send`: a loopback request, server/main.ts), which records them and expires "Most read" inside a request
 * of Next's, where expiring its cache works. What could not be handed over is kept for the next time. At
 * shutdown the server stops listening before the app's shutdown hooks run, so the app records what is left
 * itself then (instrumentation.ts). Returns the hand-over, for tests.
 */
export function handOverViewsPeriodically(pending: PendingViews, send: SendViews, env: Record<string, string | undefined> = process.env): () => Promise<void> {
  const seconds = Math.max(1, Number(env.VIEWS_FLUSH_SECONDS) || 60)
  let running = false
  const handOver = async () => {
    if (running || pending.size === 0) return
    running = true
    const views = pending.take()
    try {
      for (let from = 0; from < views.length; from += VIEWS_PER_REQUEST) {
        try {
          await send(views.slice(from, from + VIEWS_PER_REQUEST))
        } catch (error) {
          pending.putBack(views.slice(from))
          console.error(`Views could not be handed over, kept for the next try: ${error instanceof Error ? error.message : String(error)}`)
          return
        }
      }
    } finally {
      running = false
    }
  }
  setInterval(() => void handOver(), seconds * 1000).unref()
  return handOver
}
