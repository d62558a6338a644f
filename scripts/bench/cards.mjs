// `node scripts/bench/cards.mjs <portal base URL> [server pid]`: the cost of generated share cards against
// a running portal. Every article's card (up to 30 per language) is requested in three rounds, one request
// at a time: in the first each card is drawn (x-generated-image-cache: MISS; no header where there is no
// card cache), in the next two it comes from the cache if there is one. Prints each round's median
// latency and, given the Next server's pid, its CPU time per card (from /proc). Asserts nothing.
import fs from 'node:fs'

const [base, pid] = process.argv.slice(2)
if (!base) throw new Error('Usage: node scripts/bench/cards.mjs <portal base URL> [next-server pid]')

const TICKS_PER_SECOND = 100 // USER_HZ on Linux
/** utime + stime of a process, in ms. */
const cpuMs = () => {
  if (!pid) return NaN
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

const paths = []
for (const locale of ['az', 'en', 'ru']) {
  const { docs } = await (await fetch(`${base}/api/articles?locale=${locale}&limit=30&depth=0&where[slug][exists]=true&select[slug]=true`)).json()
  paths.push(...docs.map(({ slug }) => `/${locale}/news/${slug}/og.png`))
}

console.log(`${paths.length} article cards, one request at a time`)
for (const round of ['first', 'second', 'third']) {
  const times = []
  const cache = {}
  const cpuBefore = cpuMs()
  for (const path of paths) {
    const started = performance.now()
    const response = await fetch(`${base}${path}`)
    await response.arrayBuffer()
    times.push(performance.now() - started)
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
    const header = response.headers.get('x-generated-image-cache') ?? 'none'
    cache[header] = (cache[header] ?? 0) + 1
  }
  const cpu = (cpuMs() - cpuBefore) / paths.length
  console.log(`${round} round: median ${median(times).toFixed(1)} ms${pid ? `, server CPU ${cpu.toFixed(1)} ms per card` : ''}, x-generated-image-cache ${JSON.stringify(cache)}`)
}
