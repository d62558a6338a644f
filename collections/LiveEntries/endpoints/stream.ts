import type { PayloadHandler } from 'payload'

import { isLocale } from '@/i18n/locales'
import { parseSince, type LiveUpdate } from '@/lib/live/entries'
import { liveHub } from '@/lib/live/hub'
import { readEntries, readEntryStamps, readLiveArticle } from '@/lib/live/read'

/** A document id as either database writes it: SQLite's number or MongoDB's ObjectId. */
const ARTICLE_ID = /^(?:[1-9]\d{0,11}|[0-9a-f]{24})$/

/** Comments sent while nothing happens, so proxies and browsers do not take a quiet stream for a dead one. */
const KEEP_ALIVE_MS = 20_000

/** How soon a browser reconnects after the stream ends (a restart, a deploy): its `Last-Event-ID` then picks up where it was. */
const RETRY_MS = 2_000

const fail = (status: number, error: string) => Response.json({ error }, { status, headers: { 'cache-control': 'no-store' } })

/**
 * GET /api/live-entries/stream/:article?locale=az&since=<ISO date>: a reader's open live page receives new, changed
 * and removed entries as server-sent events (one `update` event each: lib/live/entries.ts LiveUpdate). Server-sent
 * events rather than polling: a reader sees an entry within a second of its save, and an open page costs the server
 * nothing between entries (lib/live/hub.ts), where polling fast enough for that would cost a request per reader every
 * second. `since` (or the browser's Last-Event-ID on reconnecting) is the latest change the page already shows; the
 * first event brings what changed after it. 400 for a malformed locale or `since`, 404 for no published live article.
 */
export const streamLiveUpdates: PayloadHandler = async (req) => {
  const articleId = String(req.routeParams?.article ?? '')
  const locale = req.searchParams.get('locale')
  const since = parseSince(req.headers.get('last-event-id') || req.searchParams.get('since'))
  if (!ARTICLE_ID.test(articleId)) return fail(404, 'notFound')
  if (!isLocale(locale)) return fail(400, 'invalidLocale')
  if (!since) return fail(400, 'invalidSince')
  const { payload } = req
  // Coverage already followed in this language is known to the process's watcher (at most a second old): a page
  // showing exactly what the watcher last saw opens its stream without a read. Otherwise (the page is behind, or
  // ahead of a watcher that has not looked since the last save) the article and the changes are read.
  const known = liveHub().snapshot(articleId, locale)
  const upToDate = known !== null && (known.latest === null ? since.since === undefined : since.since !== undefined && Date.parse(since.since) === Date.parse(known.latest))
  const article = upToDate ? { state: known.state } : await readLiveArticle(payload, articleId)
  if (!article) return fail(404, 'notFound')

  const encoder = new TextEncoder()
  let stop = () => {}
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true
      const write = (text: string) => {
        if (!open) return
        try {
          controller.enqueue(encoder.encode(text))
        } catch {
          stop()
        }
      }
      const send = (update: LiveUpdate) => write(`id: ${update.stamp}\nevent: update\ndata: ${JSON.stringify(update)}\n\n`)
      const keepAlive = setInterval(() => write(': keep-alive\n\n'), KEEP_ALIVE_MS)
      keepAlive.unref()
      const unsubscribe = liveHub().subscribe(payload, articleId, { locale, send, end: () => stop() })
      stop = () => {
        if (!open) return
        open = false
        clearInterval(keepAlive)
        unsubscribe()
        try {
          controller.close()
        } catch {
          // Already closed by the reader leaving.
        }
      }
      write(`retry: ${RETRY_MS}\n\n`)
      if (upToDate) {
        send({ state: known.state, ids: known.ids, entries: [], stamp: known.latest ?? since.since ?? '' })
        return
      }
      // The catch-up: what changed since the page was rendered (all of it without `since`), with the ids and state now.
      const [stamps, entries] = await Promise.all([readEntryStamps(payload, articleId, locale), readEntries(payload, articleId, locale, since.since)])
      const latest = stamps.reduce<string | null>((max, { updatedAt }) => (!max || Date.parse(updatedAt) > Date.parse(max) ? updatedAt : max), since.since ?? null)
      send({ state: article.state, ids: stamps.map(({ id }) => id), entries, stamp: latest ?? '' })
    },
    cancel() {
      stop()
    },
  })
  return new Response(stream, {
    headers: {
      'content-type': 'text/event-stream; charset=utf-8',
      // no-transform: compression would hold events back until a buffer fills; nginx would buffer them too.
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
    },
  })
}
