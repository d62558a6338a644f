// Measuring helpers for `npm run bench`: load runs, the server's memory, and first-load JavaScript.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

import autocannon from 'autocannon'

import { root } from '../lib.mjs'

export const CONNECTIONS = 50
export const SECONDS = 10

/** What a browser sends: pages are measured as they go over the wire to one, compressed. */
export const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' }

/**
 * `CONNECTIONS` clients hammering one URL for `SECONDS`: req/s, p50, p99, answers that were not 2xx and
 * requests that failed (autocannon gives up on a request after 10 s: those count as timeouts).
 */
export async function load(url, headers = {}) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers })
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: `${result.non2xx} non-2xx, ${result.timeouts} timeouts`,
  }
}

/**
 * One request each to many different URLs, one after another, so each is a first render that nothing
 * else competes with: the latency distribution of uncached renders.
 */
export async function firstHits(urls) {
  const latencies = []
  let failures = 0
  let cached = 0
  const started = performance.now()
  for (const url of urls) {
    const begin = performance.now()
    const response = await fetch(url)
    await response.arrayBuffer()
    latencies.push(performance.now() - begin)
    if (!response.ok) failures++
    // Next says MISS when it rendered the page for this request: anything else was not a first render.
    if (response.headers.get('x-nextjs-cache') !== 'MISS') cached++
  }
  latencies.sort((a, b) => a - b)
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]
  return { rps: urls.length / ((performance.now() - started) / 1000), p50: at(0.5), p99: at(0.99), failures: `${failures} non-2xx, ${cached} not rendered afresh` }
}

/** `pid` and every process below it. */
function processTree(pid) {
  const ids = [pid]
  for (let i = 0; i < ids.length; i++) {
    try {
      ids.push(...execFileSync('ps', ['--ppid', String(ids[i]), '-o', 'pid='], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number))
    } catch {
      // `ps` exits 1 when a process has no children
    }
  }
  return ids
}

/** The process under `pid` (itself included) using the most memory: with `npm start`, the Next server. */
export function biggestDescendant(pid) {
  return processTree(pid)
    .map((id) => ({ id, rss: rssOf(id) }))
    .sort((a, b) => b.rss - a.rss)[0]
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100

/**
 * CPU seconds used so far by `pid` and its descendants, user and system (/proc/<pid>/stat utime + stime, plus
 * cutime + cstime: children that have exited and been waited for). The difference of two readings is what the
 * server spent between them, whatever else runs on the machine.
 */
export function cpuSeconds(pid) {
  let ticks = 0
  for (const id of processTree(pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${id}/stat`, 'utf8')
      // The command name (field 2) may hold spaces: the fields from the state on follow its closing parenthesis.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])
    } catch {
      // gone since it was listed
    }
  }
  return ticks / CLOCK_TICKS
}

/** Resident memory in MB from /proc/<pid>/status (0 once the process is gone). */
export function rssOf(pid) {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Number(kb) / 1024 : 0
  } catch {
    return 0
  }
}

/** Samples the Next server's RSS every 200 ms; `stop()` returns the peak and the latest sample. */
export function sampleRss(startPid) {
  const server = biggestDescendant(startPid)
  let peak = 0
  let last = 0
  const timer = setInterval(() => {
    last = rssOf(server.id)
    peak = Math.max(peak, last)
  }, 200)
  return { pid: server.id, stop: () => (clearInterval(timer), { peak, last: rssOf(server.id) || last }) }
}

/**
 * First-load JavaScript of a page as the browser gets it: every /_next/static/…js the page's HTML
 * references (script tags and preloads), gzipped at level 9 from the build in .next/static.
 */
export function firstLoadJs(html) {
  // Not the legacy polyfills (`<script noModule>`): browsers that run modules never download them.
  const legacy = new Set([...html.matchAll(/<script\b[^>]*\bnoModule\b[^>]*>/gi)].flatMap((tag) => /\/_next\/static\/([^"'?\s\\]+\.js)/.exec(tag[0])?.[1] ?? []))
  const files = new Set([...html.matchAll(/\/_next\/static\/([^"'?\s\\]+\.js)/g)].map((match) => match[1]).filter((file) => !legacy.has(file)))
  let bytes = 0
  let missing = 0
  for (const file of files) {
    const full = path.join(root, '.next', 'static', decodeURIComponent(file))
    if (fs.existsSync(full)) bytes += gzipSync(fs.readFileSync(full), { level: 9 }).length
    else missing++
  }
  return { kB: bytes / 1000, files: files.size, missing }
}

/**
 * Requests sent one after another (after `warm` unmeasured ones to the first URL): each latency is one request's
 * own cost, body read included, with nothing else competing. p99 of a few dozen samples is their maximum.
 */
export async function sequential(urls, { warm = 0 } = {}) {
  for (let i = 0; i < warm; i++) await (await fetch(urls[0])).arrayBuffer()
  const latencies = []
  let failures = 0
  for (const url of urls) {
    const begin = performance.now()
    const response = await fetch(url)
    await response.arrayBuffer()
    latencies.push(performance.now() - begin)
    if (!response.ok) failures++
  }
  latencies.sort((a, b) => a - b)
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]
  return { n: urls.length, p50: at(0.5), p99: at(0.99), ...(failures ? { note: `${failures} not 2xx` } : {}) }
}
