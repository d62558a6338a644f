// `npm run bench:live` (issue 17), also the last part of `npm run bench`: what live coverage costs the server. An
// admin publishes an entry every 5 s over REST while readers follow a live article, two ways for the same time:
//   (A) with JavaScript: each reader loads the page once, then holds the update stream open exactly as the page's
//       client list does (components/live/LiveEntries.tsx: the stream URL and `since` from the page, server-sent
//       events, a reconnection with Last-Event-ID if it drops); counts the entries delivered and the time from the
//       admin sending each entry to a reader receiving it;
//   (B) without JavaScript: each reader reloads the page every 30 s (staggered), as a browser does: compressed,
//       revalidating with the ETag it was given.
// Each scenario gets a fresh live article. Prints the server's CPU time over each (the Next server and its
// descendants, from /proc), requests, failures and peak memory. Asserts nothing about speed.
// LIVE_BENCH_READERS (200), LIVE_BENCH_SECONDS (60) and LIVE_BENCH_IDLE=1 (adds a scenario with no readers: what
// the entries alone cost) change the run.
import http from 'node:http'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

import { startPortal } from '../portal-process.mjs'
import { BROWSER_HEADERS, biggestDescendant, cpuSeconds, sampleRss } from './measure.mjs'

const READERS = Number(process.env.LIVE_BENCH_READERS) || 200
const SECONDS = Number(process.env.LIVE_BENCH_SECONDS) || 60
const ENTRY_EVERY_MS = 5_000
const RELOAD_EVERY_MS = 30_000
/** (A)'s readers arrive over the first seconds, all before the first entry. */
const ARRIVAL_MS = 4_000
/** Seconds until the first entry: the readers of (A) have all arrived. */
const FIRST_S = ENTRY_EVERY_MS / 1000
/** Entries already on the page when readers arrive, as on coverage under way. */
const ENTRIES_BEFORE = 10

// Readers' requests go through node:http with no limit on sockets, said here rather than left to defaults: 200 open
// streams need 200 connections at once, whatever pool fetch (undici) keeps per origin. A page load is a fresh
// connection, as a browser's reload 30 s later is (the server closes idle connections after 5 s).
const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity })

/**
 * Runs the scenarios against a running portal and prints the table. `pid`: the process group `npm start` made
 * (startPortal's pid); `admin`: an administrator's e-mail and password.
 */
export async function benchLive({ baseURL, pid, admin }) {
  const server = biggestDescendant(pid)
  const login = await fetch(`${baseURL}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  if (!login.ok) throw new Error(`The admin could not log in: ${login.status}`)
  const { token } = await login.json()
  const api = async (method, path, body) => {
    const response = await fetch(`${baseURL}/api${path}`, { method, headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify(body) })
    const data = await response.json()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(data)}`)
    return data.doc
  }
  const stamp = Date.now().toString(36)
  const addEntry = (article, n) =>
    api('POST', '/live-entries?locale=az', {
      article: article.id,
      headline: n % 4 === 0 ? `Əsas hadisə ${n}` : undefined,
      keyEvent: n % 4 === 0,
      text: `Yazı ${n} (${stamp}): anım mərasimi davam edir, xatirə abidəsinin önünə gül dəstələri qoyulur.\n\nTədbirdə dövlət rəsmiləri, diplomatlar və sakinlər iştirak edir.`,
      _status: 'published',
    })
  /** A fresh live article with some entries, its page rendered once: each scenario starts from the same place. */
  const liveArticle = async (name) => {
    const article = await api('POST', '/articles?locale=az', {
      title: `Canlı yayım ölçüsü ${name} ${stamp}`,
      standfirst: 'Anım günü canlı: yük ölçüsü',
      articleType: 'live',
      liveCoverage: { state: 'live' },
      _status: 'published',
    })
    for (let n = 1; n <= ENTRIES_BEFORE; n++) await addEntry(article, n)
    const pageUrl = `${baseURL}/az/news/${article.slug}`
    const page = await load(pageUrl)
    if (page.status !== 200) throw new Error(`${pageUrl} answered ${page.status}`)
    return { article, pageUrl }
  }

  const scenarios = [
    ['(A) JavaScript: page once, then the update stream', readersWithStream],
    ['(B) no JavaScript: page reloaded every 30 s', readersReloading],
    ...(process.env.LIVE_BENCH_IDLE === '1' ? [['(0) no readers: the entries alone', noReaders]] : []),
  ]
  const rows = []
  console.log(`\nLive coverage (issue 17): ${READERS} readers for ${SECONDS} s per scenario, an entry published every ${ENTRY_EVERY_MS / 1000} s (REST, as admin)`)
  for (const [name, readers] of scenarios) {
    const { article, pageUrl } = await liveArticle(name.slice(0, 3))
    // Whatever the previous scenario set off (closing streams, background renders, view counts) settles first.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const loadBefore = os.loadavg()[0]
    const rss = sampleRss(pid)
    const generator = process.cpuUsage()
    const cpuBefore = cpuSeconds(server.id)
    const started = Date.now()
    const run = readers({ baseURL, pageUrl, started })
    const entries = []
    let arrivalCpu = 0
    for (let n = 1; ENTRY_EVERY_MS * n <= SECONDS * 1000 - ENTRY_EVERY_MS; n++) {
      await until(started + ENTRY_EVERY_MS * n)
      // Up to the first entry: in (A) the readers' arrival (page and stream), in (B) a sixth of the first reloads.
      if (n === 1) arrivalCpu = cpuSeconds(server.id) - cpuBefore
      const sentAt = Date.now()
      entries.push(
        addEntry(article, ENTRIES_BEFORE + n).then(
          (doc) => ({ id: String(doc.id), sentAt, savedMs: Date.now() - sentAt }),
          (error) => ({ id: null, sentAt, error }),
        ),
      )
    }
    await until(started + SECONDS * 1000)
    const cpu = cpuSeconds(server.id) - cpuBefore
    const generatorCpu = process.cpuUsage(generator)
    const memory = rss.stop()
    const saved = await Promise.all(entries)
    const result = await run.stop(saved)
    rows.push({ name, cpu, arrivalCpu, memory, loadBefore, generatorSeconds: (generatorCpu.user + generatorCpu.system) / 1e6, entries: saved, ...result })
  }

  console.table(
    rows.map((row) => ({
      scenario: row.name,
      'server CPU s': Number(row.cpu.toFixed(1)),
      'of one core': `${((100 * row.cpu) / SECONDS).toFixed(1)}%`,
      [`CPU s, first ${FIRST_S} s`]: Number(row.arrivalCpu.toFixed(1)),
      'CPU s, after': Number((row.cpu - row.arrivalCpu).toFixed(1)),
      'page loads': row.pages ?? 0,
      'streams opened': row.streams ?? 0,
      'entries saved': `${row.entries.filter((entry) => entry.id).length}/${row.entries.length}`,
      failures: row.failures ?? 0,
      'MB sent': Number(((row.bytes ?? 0) / 1e6).toFixed(2)),
      'peak RSS MB': Math.round(row.memory.peak),
    })),
  )
  for (const row of rows) {
    const saves = percentiles(row.entries.filter((entry) => entry.id).map((entry) => entry.savedMs))
    const pages = percentiles(row.pageMs ?? [])
    console.log(
      `${row.name}: load average ${row.loadBefore.toFixed(2)} at the start; load generator CPU ${row.generatorSeconds.toFixed(1)} s; ` +
        `entry save p50 ${saves.p50} ms; ${row.pageMs?.length ? `page load p50 ${pages.p50} ms, p99 ${pages.p99} ms (${row.notModified} answered 304)` : 'no page loads'}` +
        (row.failureKinds?.length ? `; failures: ${row.failureKinds.join(', ')}` : '') +
        (row.entries.some((entry) => entry.error) ? `; an entry refused: ${row.entries.find((entry) => entry.error).error.message}` : ''),
    )
    if (row.delivered !== undefined) {
      const delivery = percentiles(row.latencies)
      console.log(
        `  entries delivered ${row.delivered}/${row.expected} (reader × entry published after the reader's page loaded), ` +
          `from the admin sending the entry to the reader receiving it: p50 ${delivery.p50} ms, p99 ${delivery.p99} ms, max ${delivery.max} ms; ` +
          `${row.connected}/${READERS} readers following at the end, ${row.reconnects} reconnections; ` +
          `the streams' catch-ups (what changed after the page a reader loaded) held ${row.caughtUp} entries in all`,
      )
    }
  }
  const [stream, reload] = rows
  console.log(`Server CPU with the stream: ${stream.cpu.toFixed(1)} s against ${reload.cpu.toFixed(1)} s reloading (${((100 * stream.cpu) / reload.cpu).toFixed(0)}%).`)
  // The stream's cost comes first (every reader arrives in the first seconds), the reloads' evenly: after the first
  // entry both are steady, so a visit of t seconds costs about arrival + t × rate with the stream, t × rate reloading.
  const rate = (row) => (row.cpu - row.arrivalCpu) / (SECONDS - FIRST_S)
  const evenAt = (stream.arrivalCpu - FIRST_S * rate(stream)) / (rate(reload) - rate(stream))
  console.log(
    `Steady, after the first ${FIRST_S} s: ${(60 * rate(stream)).toFixed(1)} s of server CPU a minute with the stream, ${(60 * rate(reload)).toFixed(1)} s reloading; ` +
      `the readers' arrival (${READERS} pages and streams) cost ${stream.arrivalCpu.toFixed(1)} s. ` +
      (rate(stream) >= rate(reload)
        ? 'The stream is not cheaper while readers stay either: no length of visit favours it.'
        : evenAt > 0
          ? `Extrapolated, the stream costs less for visits longer than about ${Math.round(evenAt)} s.`
          : 'The stream costs less from the start.'),
  )
  return rows
}

/** (A): each reader loads the page, reads the stream's URL and `since` from it as the page's script does, and follows the stream. */
function readersWithStream({ baseURL, pageUrl }) {
  const stats = { pages: 0, streams: 0, bytes: 0, notModified: 0, pageMs: [], failureKinds: [], reconnects: 0, caughtUp: 0 }
  const readers = []
  let stopping = false
  const fail = (kind) => stats.failureKinds.push(kind)

  const follow = (reader, url, lastEventId) => {
    stats.streams++
    const headers = { accept: 'text/event-stream', 'cache-control': 'no-cache', 'accept-encoding': BROWSER_HEADERS['accept-encoding'] }
    if (lastEventId) headers['last-event-id'] = lastEventId
    const request = http.get(url, { agent, headers })
    reader.request = request
    let retry = 3_000 // EventSource's default until the server says otherwise
    let ended = false
    const again = () => {
      reader.following = false
      if (stopping || ended) return
      ended = true
      stats.reconnects++
      setTimeout(() => stopping || follow(reader, url, reader.lastEventId), retry)
    }
    request.on('error', (error) => {
      if (stopping) return
      fail(`stream ${error.code ?? error.message}`)
      again()
    })
    request.on('response', (response) => {
      if (response.statusCode !== 200 || response.headers['content-encoding']) {
        fail(`stream ${response.statusCode}${response.headers['content-encoding'] ? ` ${response.headers['content-encoding']}` : ''}`)
        response.resume()
        return response.on('close', again)
      }
      response.setEncoding('utf8')
      let buffer = ''
      response.on('data', (chunk) => {
        stats.bytes += Buffer.byteLength(chunk)
        buffer += chunk.replace(/\r\n?/g, '\n')
        for (let end = buffer.indexOf('\n\n'); end !== -1; end = buffer.indexOf('\n\n')) {
          const event = { type: 'message', data: [] }
          for (const line of buffer.slice(0, end).split('\n')) {
            const colon = line.indexOf(':')
            if (colon === 0) continue // a comment: the keep-alive
            const field = colon === -1 ? line : line.slice(0, colon)
            const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
            if (field === 'event') event.type = value
            else if (field === 'data') event.data.push(value)
            else if (field === 'id') reader.lastEventId = value
            else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value)
          }
          buffer = buffer.slice(end + 2)
          if (event.type !== 'update') continue
          const now = Date.now()
          try {
            const update = JSON.parse(event.data.join('\n'))
            // The first update of a connection is its catch-up: what changed since the `since` it sent.
            if (!reader.following) stats.caughtUp += update.entries.length
            reader.following = true
            for (const entry of update.entries) if (!reader.received.has(entry.id)) reader.received.set(entry.id, now)
          } catch {
            fail('unreadable update')
          }
        }
      })
      response.on('close', again)
    })
  }

  for (let i = 0; i < READERS; i++) {
    const reader = { received: new Map(), arrivedAt: 0, following: false, lastEventId: '', request: null }
    readers.push(reader)
    setTimeout(
      async () => {
        if (stopping) return
        reader.arrivedAt = Date.now()
        const page = await load(pageUrl).catch((error) => ({ status: error.code ?? error.message }))
        stats.pages++
        stats.pageMs.push(Date.now() - reader.arrivedAt)
        stats.bytes += page.wireBytes ?? 0
        if (page.status !== 200) return fail(`page ${page.status}`)
        const html = decode(page)
        // The client list's props, as React's payload carries them into the page (escaped JSON).
        const streamUrl = /streamUrl\\?":\\?"([^"\\]+)/.exec(html)?.[1]
        if (!streamUrl) return fail('no stream URL on the page')
        const props = html.slice(html.indexOf('streamUrl'))
        // `since`: the latest change among the page's entries (lib/live/entries.ts latestChange).
        let since = ''
        for (const [, updatedAt] of props.matchAll(/updatedAt\\?":\\?"(\d{4}-[^"\\]+)/g)) if (!since || Date.parse(updatedAt) > Date.parse(since)) since = updatedAt
        follow(reader, `${baseURL}${since ? `${streamUrl}&since=${encodeURIComponent(since)}` : streamUrl}`)
      },
      Math.round((i * ARRIVAL_MS) / READERS),
    )
  }

  return {
    async stop(entries) {
      // Entries are saved for a few seconds before the end: the last has had time to arrive.
      stopping = true
      const connected = readers.filter((reader) => reader.following).length
      for (const reader of readers) reader.request?.destroy()
      let expected = 0
      let delivered = 0
      const latencies = []
      for (const reader of readers) {
        for (const entry of entries) {
          if (!entry.id || !reader.arrivedAt || entry.sentAt < reader.arrivedAt) continue
          expected++
          const at = reader.received.get(entry.id)
          if (at === undefined) continue
          delivered++
          latencies.push(at - entry.sentAt)
        }
      }
      return { ...stats, failures: stats.failureKinds.length, failureKinds: summarize(stats.failureKinds), connected, expected, delivered, latencies }
    },
  }
}

/** (B): each reader loads the page every 30 s, the first loads spread over the first 30 s, revalidating as browsers do. */
function readersReloading({ pageUrl, started }) {
  const stats = { pages: 0, streams: 0, bytes: 0, notModified: 0, pageMs: [], failureKinds: [] }
  const timers = []
  for (let i = 0; i < READERS; i++) {
    let etag = null
    for (let at = (i * RELOAD_EVERY_MS) / READERS; at < SECONDS * 1000; at += RELOAD_EVERY_MS) {
      timers.push(
        setTimeout(async () => {
          const begin = Date.now()
          const page = await load(pageUrl, etag ? { 'if-none-match': etag } : {}).catch((error) => ({ status: error.code ?? error.message }))
          stats.pages++
          stats.pageMs.push(Date.now() - begin)
          stats.bytes += page.wireBytes ?? 0
          if (page.status === 304) stats.notModified++
          else if (page.status !== 200) stats.failureKinds.push(`page ${page.status}`)
          if (page.status === 200) etag = /no-store/.test(page.headers['cache-control'] ?? '') ? null : (page.headers.etag ?? null)
        }, started + Math.round(at) - Date.now()),
      )
    }
  }
  return {
    async stop() {
      for (const timer of timers) clearTimeout(timer)
      return { ...stats, failures: stats.failureKinds.length, failureKinds: summarize(stats.failureKinds) }
    },
  }
}

function noReaders() {
  return { stop: async () => ({}) }
}

/** One page load as a browser makes it: the body as sent (compressed), its status and headers. */
function load(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent, headers: { ...BROWSER_HEADERS, ...headers } }, (response) => {
        const chunks = []
        response.on('data', (chunk) => chunks.push(chunk))
        response.on('end', () => {
          const body = Buffer.concat(chunks)
          resolve({ status: response.statusCode, headers: response.headers, body, wireBytes: body.length })
        })
        response.on('error', reject)
      })
      .on('error', reject)
  })
}

function decode({ body, headers }) {
  const encoding = headers['content-encoding']
  const bytes = encoding === 'br' ? zlib.brotliDecompressSync(body) : encoding === 'gzip' ? zlib.gunzipSync(body) : encoding === 'deflate' ? zlib.inflateSync(body) : body
  return bytes.toString('utf8')
}

const until = (time) => new Promise((resolve) => setTimeout(resolve, Math.max(0, time - Date.now())))

function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (p) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]) : '–')
  return { p50: at(0.5), p99: at(0.99), max: sorted.length ? Math.round(sorted.at(-1)) : '–' }
}

/** "page 500 ×3, stream ECONNRESET" from a list of failures. */
function summarize(kinds) {
  const counts = new Map()
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1)
  return [...counts].map(([kind, count]) => (count > 1 ? `${kind} ×${count}` : kind))
}

// Run on its own: a production portal on a fresh SQLite database with the demo content.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const admin = { email: 'bench-admin@newsroom.test', password: 'bench-admin-password-1' }
  const began = performance.now()
  console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}, Node ${process.version}`)
  const portal = await startPortal({
    prefix: 'portal-bench-live-',
    env: { PAYLOAD_SECRET: 'bench-secret-not-for-production', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password },
  })
  try {
    console.log(`The portal answered after ${((performance.now() - began) / 1000).toFixed(0)} s.`)
    await benchLive({ baseURL: portal.baseURL, pid: portal.pid, admin })
    console.log(`Whole run ${((performance.now() - began) / 1000).toFixed(0)} s; load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`)
  } finally {
    portal.stop()
  }
}
