// `npm run bench` with sizes (BENCH_SIZES=1000,10000,100000 or `npm run bench -- --sizes 1000,10000`): for each
// size, a fresh SQLite database (the bench runs on the embedded database) seeded in bulk with that many published
// articles per language (scripts/bench/bulkSeed.ts), the production server started on it (`npm start`: it
// rebuilds, prerendering from that database), and per-request costs that should stay flat as the archive grows:
// search, a cached section page, the sitemap index and one full sitemap file, the home page rendered afresh, and
// the database's size on disk. Requests are sent one at a time, so each figure is one request's own cost.
import fs from 'node:fs'
import os from 'node:os'

import { bin, run } from '../lib.mjs'
import { startPortal } from '../portal-process.mjs'
import { sequential } from './measure.mjs'

const admin = { email: 'bench-admin@newsroom.test', password: 'bench-admin-password-1' }
const env = { PAYLOAD_SECRET: 'bench-secret-not-for-production', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }

/** What a reader types, per kind (scripts/bench/bulkSeed.ts writes the words; the rare one is in one article of 1,000). */
const QUERIES = {
  'common word': { az: 'xəbər', en: 'news', ru: 'новости' },
  'rare word': { az: 'zəfər', en: 'victory', ru: 'победа' },
  prefix: { az: 'mədən', en: 'cult', ru: 'культ' },
  'two words': { az: 'şəhər metro', en: 'city metro', ru: 'город метро' },
}
const SEARCHES = 20
const REPEATS = 30
const HOME_RENDERS = 10

/** The sizes asked for, from `--sizes a,b` or BENCH_SIZES; null when none (the default benchmark runs). */
export function requestedSizes(argv = process.argv.slice(2), value = process.env.BENCH_SIZES) {
  const flag = argv.indexOf('--sizes')
  const list = flag >= 0 ? argv[flag + 1] : value
  if (!list) return null
  const sizes = list.split(',').map((size) => Number(size.trim().replace(/_/g, '')))
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`BENCH_SIZES / --sizes takes article counts like 1000,10000,100000, not "${list}"`)
  return sizes
}

/** A row's note added to the one `sequential` may have set (answers that were not 2xx). */
const withNote = (row, note) => ({ ...row, note: [row.note, note].filter(Boolean).join('; ') })
const ms = (value) => Number(value.toFixed(1))
const fileBytes = (file) => (fs.existsSync(file) ? fs.statSync(file).size : 0)

async function benchSize(size) {
  const began = performance.now()
  let seedOutput = ''
  const portal = await startPortal({
    prefix: `portal-bench-${size}-`,
    env,
    beforeStart: async ({ databaseURI }) => {
      const seeded = performance.now()
      await run(bin('tsx'), ['scripts/bench/bulkSeed.ts', String(size)], { env: { ...process.env, ...env, NODE_ENV: 'production', DATABASE_URI: databaseURI } })
      seedOutput = `${((performance.now() - seeded) / 1000).toFixed(1)} s with the process's start and migrations`
    },
  })
  const url = (p) => `${portal.baseURL}${p}`
  const rows = []
  try {
    console.log(`\n== ${size.toLocaleString('en')} articles per language: seeding took ${seedOutput}; seed and start (build included) ${((performance.now() - began) / 1000).toFixed(0)} s`)
    const json = async (p, init) => (await fetch(url(p), init)).json()
    const category = (await json('/api/categories?locale=az&limit=1&depth=0')).docs[0].slug

    for (const [kind, query] of Object.entries(QUERIES)) {
      const paths = Array.from({ length: SEARCHES }, (_, i) => `/${['az', 'en', 'ru'][i % 3]}/search?q=${encodeURIComponent(query[['az', 'en', 'ru'][i % 3]])}`)
      rows.push({ measurement: `search, ${kind}`, ...(await sequential(paths.map(url))) })
    }
    rows.push({ measurement: `section /az/category/${category} (cached)`, ...(await sequential(Array(REPEATS).fill(url(`/az/category/${category}`)), { warm: 1 })) })
    rows.push({ measurement: 'sitemap index /sitemap.xml, first request', ...(await sequential([url('/sitemap.xml')])) })
    rows.push({ measurement: 'sitemap index /sitemap.xml', ...(await sequential(Array(REPEATS).fill(url('/sitemap.xml')))) })

    // Every az file once (the first request of each reads its chunks), checked as crawlers would: the URLs are
    // distinct and every article published in az is there. Then the file with the most URLs, now from the data cache.
    const files = [...(await (await fetch(url('/az/sitemap.xml'))).text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
    let largest = { path: files[0], urls: -1, bytes: 0, firstMs: 0 }
    const seen = new Set()
    for (const path of files) {
      const started = performance.now()
      const body = await (await fetch(url(path))).text()
      const firstMs = performance.now() - started
      const locs = [...body.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((match) => match[1])
      for (const loc of locs) seen.add(loc)
      if (locs.length > largest.urls) largest = { path, urls: locs.length, bytes: Buffer.byteLength(body), firstMs }
    }
    const articles = [...seen].filter((loc) => new URL(loc).pathname.startsWith('/az/news/')).length
    const check = `${seen.size.toLocaleString('en')} distinct URLs in ${files.length} file(s), ${articles.toLocaleString('en')} az articles`
    const fileNote = `${largest.path}: ${largest.urls.toLocaleString('en')} URLs, ${(largest.bytes / 2 ** 20).toFixed(1)} MB`
    rows.push({ measurement: `sitemap file, first request (reads its chunks)`, n: 1, p50: largest.firstMs, p99: largest.firstMs, note: fileNote })
    rows.push(withNote({ measurement: `sitemap file, cached data`, ...(await sequential(Array(5).fill(url(largest.path)))) }, `az sitemap: ${check}`))
    const news = await (await fetch(url('/news-sitemap.xml'))).text()
    const newsNote = `${news.split('<url>').length - 1} URLs`
    rows.push(withNote({ measurement: 'news sitemap /news-sitemap.xml', ...(await sequential(Array(REPEATS).fill(url('/news-sitemap.xml')))) }, newsNote))
    rows.push({ measurement: 'home /az rendered afresh (after an admin save)', ...(await homeRenders(url)) })

    const database = new URL(portal.databaseURI.replace(/^file:/, 'file://')).pathname
    const [main, wal] = [fileBytes(database), fileBytes(`${database}-wal`)]
    console.table(rows.map(({ measurement, p50, p99, n, note }) => ({ measurement, requests: n, 'p50 ms': ms(p50), 'p99 ms': ms(p99), note: note ?? '' })))
    console.log(`Database: ${(main / 2 ** 20).toFixed(0)} MB + ${(wal / 2 ** 20).toFixed(0)} MB -wal (${database})`)
  } finally {
    portal.stop()
  }
}

/**
 * The home page as an editor's save leaves it: each sample re-publishes the newest az article (an admin's REST save
 * expires the `articles` tag, and with it the home page and its cached reads), then requests /az until Next says it
 * rendered that request (`x-nextjs-cache: MISS`), and times that request. Requests it answered from its cache before
 * the expiry took hold (HIT) are counted, not timed.
 */
async function homeRenders(url) {
  const { token } = await (await fetch(url('/api/users/login'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })).json()
  const newest = (await (await fetch(url('/api/articles?locale=az&limit=1&depth=0&sort=-publishedAt&select[title]=true'))).json()).docs[0]
  await fetch(url('/az'))
  const latencies = []
  const seen = {}
  for (let i = 0; i < HOME_RENDERS; i++) {
    const saved = await fetch(url(`/api/articles/${newest.id}?locale=az`), {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: `${newest.title} (${i})`, _status: 'published' }),
    })
    if (!saved.ok) throw new Error(`The admin save was refused: ${saved.status} ${await saved.text()}`)
    for (let tries = 0; tries < 50; tries++) {
      const started = performance.now()
      const response = await fetch(url('/az'))
      await response.arrayBuffer()
      const state = response.headers.get('x-nextjs-cache') ?? 'none'
      seen[state] = (seen[state] ?? 0) + 1
      if (state === 'MISS') {
        latencies.push(performance.now() - started)
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  latencies.sort((a, b) => a - b)
  const answers = Object.entries(seen).map(([state, n]) => `${n} ${state}`).join(', ')
  return { n: latencies.length, p50: latencies[Math.floor(latencies.length / 2)] ?? NaN, p99: latencies[latencies.length - 1] ?? NaN, note: `x-nextjs-cache of the requests: ${answers}` }
}

export async function benchSizes(sizes) {
  console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}, Node ${process.version}`)
  console.log(`Sizes: ${sizes.map((size) => size.toLocaleString('en')).join(', ')} articles per language (az, en, ru), each on a fresh SQLite database`)
  for (const size of sizes) await benchSize(size)
  console.log(`\nMachine after the run: load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`)
}
