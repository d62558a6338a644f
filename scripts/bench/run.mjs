// `npm run bench` (issues 8 and 14; with BENCH_SIZES or `-- --sizes`, the archive sizes of issue 19 instead:
// scripts/bench/sizes.mjs): builds if needed and starts the production server on a fresh SQLite
// database seeded with 510 articles in az, en and ru, then measures reader pages against the framework floor
// (a page of the same size from the same build, no data, routing or nonce: app/(benchmark)) and a plain
// node:http server sending the article's bytes, plus the server's memory, publish-to-visible time, the HTML on
// the wire and first-load JavaScript; last, what live coverage costs (scripts/bench/live.mjs, which
// `npm run bench:live` runs alone). Prints figures and asserts nothing about speed. Not part of `npm test`.
import { fork } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, root, run } from '../lib.mjs'
import { startPortal } from '../portal-process.mjs'
import { benchLive } from './live.mjs'
import { BROWSER_HEADERS, CONNECTIONS, SECONDS, firstHits, firstLoadJs, load, sampleRss } from './measure.mjs'
import { benchSizes, requestedSizes } from './sizes.mjs'

const sizes = requestedSizes()
if (sizes) {
  await benchSizes(sizes)
  process.exit(0)
}

/** Never-requested articles rendered once each for (e), a third per language. */
const FIRST_HITS = 90
const PUBLISH_TIMEOUT_MS = 10_000
const admin = { email: 'bench-admin@newsroom.test', password: 'bench-admin-password-1' }
// BENCHMARK_FLOOR: the server answers the framework floor (app/(benchmark)) for (a).
const env = { PAYLOAD_SECRET: 'bench-secret-not-for-production', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password, BENCHMARK_FLOOR: '1' }

const began = performance.now()
const machine = () => `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`
console.log(`Machine: ${machine()}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB, Node ${process.version}`)

const portal = await startPortal({
  prefix: 'portal-bench-',
  env,
  // npm start then builds, prerendering the most recent articles of this database (lib/prerender.ts).
  beforeStart: ({ databaseURI }) =>
    run(bin('tsx'), ['scripts/bench/seed.ts'], { env: { ...process.env, ...env, NODE_ENV: 'production', DATABASE_URI: databaseURI } }),
})
let ceiling

try {
  const url = (p) => `${portal.baseURL}${p}`
  const json = async (p, init = {}) => (await fetch(url(p), init)).json()
  // The public API pages by 100 at most (plugins/apiRequestGuards).
  const slugs = async (locale) => {
    const all = []
    for (let page = 1, pages = 1; page <= pages; page++) {
      const answer = await json(`/api/articles?locale=${locale}&limit=100&page=${page}&depth=0&sort=-publishedAt&select[slug]=true`)
      pages = answer.totalPages
      all.push(...answer.docs.map((doc) => ({ id: doc.id, slug: doc.slug })))
    }
    return all
  }
  const articles = { az: await slugs('az'), en: await slugs('en'), ru: await slugs('ru') }
  if (articles.az.length < 500) throw new Error(`Only ${articles.az.length} az articles were seeded: see the output above.`)
  const category = (await json('/api/categories?locale=az&limit=1&depth=0')).docs[0].slug
  const [cached, edited] = articles.az
  const articlePath = `/az/news/${cached.slug}`
  console.log(`Seeded: ${articles.az.length} az, ${articles.en.length} en, ${articles.ru.length} ru articles; startup took ${((performance.now() - began) / 1000).toFixed(0)} s.`)

  // (n) serves the very bytes of (b); the first request also warms (b)'s cached data.
  const articleHtml = await (await fetch(url(articlePath))).text()
  fs.writeFileSync(path.join(portal.dir, 'article.html'), articleHtml)
  ceiling = fork(path.join(root, 'scripts/bench/ceiling.mjs'), [path.join(portal.dir, 'article.html')])
  const ceilingPort = await new Promise((resolve) => ceiling.once('message', (message) => resolve(message.port)))
  const floorPath = await floorOfSize(url, Buffer.byteLength(articleHtml))
  const wire = await onTheWire(url(articlePath))

  const rss = sampleRss(portal.pid)
  const rows = []
  const measure = async (name, target, headers = BROWSER_HEADERS) => rows.push({ name, ...(typeof target === 'string' ? await load(target, headers) : await target()) })
  await measure('(n) node:http, same bytes, uncompressed', `http://127.0.0.1:${ceilingPort}/`, {})
  for (const p of ['/az', `/az/category/${category}`, '/az/rss.xml', '/api/articles?limit=10', floorPath]) await fetch(url(p)) // warm
  await measure(`(a) framework floor ${floorPath}`, url(floorPath))
  await measure('(b) cached article', url(articlePath))
  await measure('(h) health /api/health/live', url('/api/health/live'))
  await measure('(c) home /az', url('/az'))
  await measure(`(d) category /az/category/${category}`, url(`/az/category/${category}`))
  // The oldest articles: neither prerendered at build (only the most recent are) nor requested yet, so
  // each first hit renders the page and reads its data.
  const fresh = ['az', 'en', 'ru'].flatMap((locale) => articles[locale].slice(-FIRST_HITS / 3).map((a) => url(`/${locale}/news/${a.slug}`)))
  await measure(`(e) uncached article, ${fresh.length} first hits`, () => firstHits(fresh))
  await measure('(f) RSS /az/rss.xml', url('/az/rss.xml'))
  await measure('(g) GET /api/articles?limit=10', url('/api/articles?limit=10'))

  const publishMs = await publishToVisible(url, `/az/news/${edited.slug}`, edited.id)
  const memory = rss.stop()
  const homeJs = firstLoadJs(await (await fetch(url('/az'))).text())
  const articleJs = firstLoadJs(articleHtml)

  const floorRps = rows[1].rps
  const nodeRps = rows[0].rps
  console.log(`\nReader pages: ${CONNECTIONS} connections for ${SECONDS} s each ((e): one request at a time), production build, SQLite, Accept-Encoding: gzip, deflate, br except (n)`)
  console.table(
    rows.map((r) => ({
      measurement: r.name,
      'req/s': Math.round(r.rps),
      'p50 ms': Number(r.p50.toFixed(1)),
      'p99 ms': Number(r.p99.toFixed(1)),
      'of (a)': `${((100 * r.rps) / floorRps).toFixed(1)}%`,
      'of (n)': `${((100 * r.rps) / nodeRps).toFixed(1)}%`,
      failed: r.failures,
    })),
  )
  console.log(`Article HTML: ${(Buffer.byteLength(articleHtml) / 1000).toFixed(1)} kB; on the wire ${wire.map((w) => `${w.encoding} ${(w.bytes / 1000).toFixed(1)} kB`).join(', ')}`)
  console.log(`Next server RSS (pid ${rss.pid}): peak ${memory.peak.toFixed(0)} MB, after the run ${memory.last.toFixed(0)} MB`)
  console.log(`Publish-to-visible (REST PATCH of the az title as admin until the page shows it): ${publishMs === null ? `not within ${PUBLISH_TIMEOUT_MS} ms` : `${publishMs.toFixed(0)} ms`}`)
  console.log(`First-load JS (gzip, every /_next/static script the HTML references): home ${homeJs.kB.toFixed(1)} kB in ${homeJs.files} files, article ${articleJs.kB.toFixed(1)} kB in ${articleJs.files} files${homeJs.missing + articleJs.missing ? ` (${homeJs.missing + articleJs.missing} referenced files not found)` : ''}`)
  // Last: its readers' page loads and streams would weigh on the figures above.
  await benchLive({ baseURL: portal.baseURL, pid: portal.pid, admin })
  console.log(`Machine after the run: ${machine()}; whole bench ${((performance.now() - began) / 1000).toFixed(0)} s`)
} finally {
  ceiling?.disconnect()
  portal.stop()
}

/**
 * The framework floor's path for a page of `bytes` bytes: its size is chosen in kilobytes of text, on top of
 * the bare document Next makes of an empty one.
 */
async function floorOfSize(url, bytes) {
  const size = async (kilobytes) => {
    const response = await fetch(url(`/benchmark-floor/${kilobytes}`))
    if (!response.ok) throw new Error(`The framework floor answered ${response.status}: is BENCHMARK_FLOOR set?`)
    return Buffer.byteLength(await response.text())
  }
  // Each kilobyte of text is in the HTML twice (the markup and React's payload): measure the slope.
  const bare = await size(0)
  const perKilobyte = ((await size(10)) - bare) / 10
  const kilobytes = Math.max(0, Math.round((bytes - bare) / perKilobyte))
  await size(kilobytes)
  return `/benchmark-floor/${kilobytes}`
}

/** The article's bytes as a browser receives them, per coding (node:http keeps the body as sent). */
async function onTheWire(pageUrl) {
  const { request } = await import('node:http')
  const sizes = []
  for (const encoding of ['br', 'gzip']) {
    const bytes = await new Promise((resolve, reject) => {
      request(pageUrl, { headers: { 'accept-encoding': encoding } }, (response) => {
        let total = 0
        response.on('data', (chunk) => (total += chunk.length))
        response.on('end', () => resolve(response.headers['content-encoding'] === encoding ? total : -total))
      }).on('error', reject).end()
    })
    sizes.push({ encoding, bytes })
  }
  return sizes
}

/** Milliseconds from sending a published edit of the az headline to the page serving it, or null. */
async function publishToVisible(url, pagePath, id) {
  const { token } = await (await fetch(url('/api/users/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })).json()
  // Cached before the edit, as a busy page would be, and fresh: a background re-render still in flight from the
  // load runs (they leave the server busy) would finish after the edit with the old text and be kept for its
  // minute (Next's behaviour, noted in README Performance), which is not what this measures.
  for (let tries = 0; tries < 50 && (await fetch(url(pagePath))).headers.get('x-nextjs-cache') !== 'HIT'; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const headline = `Bench correction ${Date.now()}`
  const started = performance.now()
  const response = await fetch(url(`/api/articles/${id}?locale=az`), {
    method: 'PATCH',
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: JSON.stringify({ title: headline, _status: 'published' }),
  })
  if (!response.ok) throw new Error(`The edit was refused: ${response.status} ${await response.text()}`)
  while (performance.now() - started < PUBLISH_TIMEOUT_MS) {
    if ((await (await fetch(url(pagePath))).text()).includes(headline)) return performance.now() - started
  }
  return null
}
