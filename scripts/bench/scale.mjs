// `npm run bench:scale` (issue 19): the same load against one portal and against two behind nginx, as the
// compose profile `scale` runs them (deploy/nginx.conf, a shared Redis cache), on Debian's redis-server and
// nginx (scripts/servers.mjs). On a two-core machine the point is that nothing is lost or answered wrongly with
// two instances, not a speed-up: the load generator, nginx and both portals share the cores. Prints figures,
// asserts nothing. Not part of `npm test` (tests/e2e/scale.test.ts checks the behaviour).
import os from 'node:os'

import { startPortal } from '../portal-process.mjs'
import { startNginx, startRedis } from '../servers.mjs'
import { BROWSER_HEADERS, CONNECTIONS, SECONDS, load } from './measure.mjs'

const env = { PAYLOAD_SECRET: 'bench-secret-not-for-production', TRUSTED_PROXY_HOPS: '1' }
const machine = () => `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), load average ${os.loadavg().map((n) => n.toFixed(2)).join(' ')}`
console.log(`Machine: ${machine()}, Node ${process.version}`)

const redis = await startRedis()
const stops = [() => redis.stop()]
try {
  // The first portal seeds the demo content and builds if needed; the second shares its database and origin.
  const first = await startPortal({ prefix: 'portal-bench-scale-', env: { ...env, REDIS_URL: redis.url } })
  stops.push(() => first.stop())
  const second = await startPortal({
    prefix: 'portal-bench-scale-',
    databaseURI: first.databaseURI,
    env: { ...env, REDIS_URL: redis.url, SERVER_URL: first.baseURL },
  })
  stops.push(() => second.stop())
  const one = await startNginx([first.port])
  stops.push(() => one.stop())
  const two = await startNginx([first.port, second.port])
  stops.push(() => two.stop())

  const { docs } = await (await fetch(`${first.baseURL}/api/articles?locale=az&limit=1&depth=0&sort=-publishedAt`)).json()
  const paths = { 'article (cached)': `/az/news/${docs[0].slug}`, 'home /az (cached)': '/az', 'search /en/search?q=khojaly': '/en/search?q=khojaly' }
  // Warm both instances' views of the shared cache.
  for (const p of Object.values(paths)) for (const origin of [first.baseURL, second.baseURL]) await (await fetch(`${origin}${p}`)).arrayBuffer()

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s per row, Accept-Encoding as a browser sends it.`)
  console.log('| page | setup | req/s | p50 ms | p99 ms | failures |')
  console.log('| --- | --- | ---: | ---: | ---: | --- |')
  for (const [name, p] of Object.entries(paths)) {
    for (const [setup, origin] of [
      ['one portal, direct', first.baseURL],
      ['one portal behind nginx', one.url],
      ['two portals behind nginx', two.url],
    ]) {
      const result = await load(`${origin}${p}`, BROWSER_HEADERS)
      console.log(`| ${name} | ${setup} | ${result.rps.toFixed(0)} | ${result.p50} | ${result.p99} | ${result.failures} |`)
    }
  }
  console.log(`\nMachine after: ${machine()}`)
} finally {
  for (const stop of stops.reverse()) await stop()
}
