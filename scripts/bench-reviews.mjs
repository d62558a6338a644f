// `npm run bench:reviews`: how many reviews per second the portal accepts from 50 concurrent readers, and
// whether every accepted review was stored. Starts the production server (building it if needed) on a
// fresh SQLite database; prints figures, asserts nothing about speed. Not part of `npm test`.
import { startPortal } from './portal-process.mjs'

const CLIENTS = 50
const SECONDS = 10
const admin = { email: 'bench-admin@newsroom.test', password: 'bench-admin-password-1' }

const portal = await startPortal({
  prefix: 'portal-bench-',
  env: {
    PAYLOAD_SECRET: 'bench-secret-not-for-production',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    // The benchmark plays the trusted proxy: each request names a different reader, so the per-reader
    // limits (which would refuse almost everything from one address) do not hide the throughput.
    TRUSTED_PROXY_HOPS: '1',
  },
})

try {
  const json = async (path, init = {}) => (await fetch(`${portal.baseURL}${path}`, init)).json()
  const { token } = await json('/api/users/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(admin) })
  const auth = { authorization: `JWT ${token}` }
  const { docs } = await json('/api/articles?locale=az&limit=1&depth=0&sort=-publishedAt', { headers: auth })
  const article = docs[0].id

  let sent = 0
  const statuses = new Map()
  const latencies = []
  const deadline = performance.now() + SECONDS * 1000
  const started = performance.now()
  async function client() {
    while (performance.now() < deadline) {
      const n = sent++
      const begin = performance.now()
      const response = await fetch(`${portal.baseURL}/api/reviews/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}` },
        body: JSON.stringify({ article, locale: 'az', name: 'Benchmark', body: `Yük sınağının ${n} nömrəli rəyi.`, rating: (n % 5) + 1 }),
      })
      await response.arrayBuffer()
      latencies.push(performance.now() - begin)
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client))
  const elapsed = (performance.now() - started) / 1000

  const accepted = statuses.get(201) ?? 0
  const stored = (await json(`/api/reviews?limit=1&depth=0&where[article][equals]=${article}`, { headers: auth })).totalDocs
  latencies.sort((a, b) => a - b)
  const percentile = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1)

  console.log(`\nReview submissions: ${CLIENTS} concurrent clients for ${elapsed.toFixed(1)} s (SQLite, production build)`)
  console.log(`  requests            ${latencies.length}`)
  console.log(`  statuses            ${[...statuses].map(([status, count]) => `${status}×${count}`).join(', ')}`)
  console.log(`  accepted per second ${(accepted / elapsed).toFixed(1)}`)
  console.log(`  latency p50 / p99   ${percentile(50)} ms / ${percentile(99)} ms`)
  console.log(`  stored / accepted   ${stored} / ${accepted} ${stored === accepted ? '(equal: nothing lost)' : '(MISMATCH)'}`)
  process.exitCode = stored === accepted ? 0 : 1
} finally {
  portal.stop()
}
