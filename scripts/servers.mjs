// Redis and nginx from Debian's packages, started on loopback ports by the tests (tests/e2e/scale.test.ts,
// sharedCache.test.ts) and the benchmark (scripts/bench/scale.mjs): what docker-compose's `scale` profile runs,
// on this machine. Redis is in memory only (no RDB, no AOF) and can be killed and started again on the same port,
// to take the shared cache away from a running portal and bring it back.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { root } from './lib.mjs'
import { freePort } from './portal-process.mjs'

/** The first of these that exists; Debian puts nginx in /usr/sbin, which is not on a normal user's PATH. */
function binary(name, candidates) {
  const found = candidates.find((candidate) => fs.existsSync(candidate))
  if (!found) throw new Error(`${name} is needed at ${candidates.join(' or ')}: apt-get install -y ${name === 'nginx' ? 'nginx' : 'redis-server'}`)
  return found
}

async function waitForPort(port, child, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} before listening.`)
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => resolve(socket.end() && true))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`${what} did not listen on ${port} within ${timeoutMs / 1000} s.`)
}

function stopper(child, dir) {
  return async (signal = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill(signal)
      await exited
    }
    if (signal !== 'SIGKILL') fs.rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * nginx with the compose profile's own site configuration, deploy/nginx.conf, adapted only by addresses: it
 * listens on a loopback port and its upstream lists `ports` instead of portal-1:3000 and portal-2:3000. The
 * main configuration around it is what the official nginx image's is, with paths in a temporary directory.
 */
export async function startNginx(ports) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-nginx-'))
  // nginx's workers drop to an unprivileged user when the master runs as root: they must reach the temp paths.
  fs.chmodSync(dir, 0o755)
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) fs.mkdirSync(path.join(dir, sub), { mode: 0o777 })
  const port = await freePort()
  const site = fs.readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
  const upstreams = site.match(/^\s*server portal-\d+:3000;.*$/gm) ?? []
  if (upstreams.length === 0 || !/^\s*listen 80;$/m.test(site)) throw new Error('deploy/nginx.conf: no `server portal-N:3000;` lines or no `listen 80;`')
  const adapted = site
    .replace(/^(\s*)server portal-\d+:3000;.*\n/gm, '')
    .replace(/^(\s*)keepalive /m, `${ports.map((p) => `  server 127.0.0.1:${p};`).join('\n')}\n$1keepalive `)
    .replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
  fs.writeFileSync(path.join(dir, 'default.conf'), adapted)
  fs.chmodSync(path.join(dir, 'default.conf'), 0o644)
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      '  sendfile on;',
      '  keepalive_timeout 65;',
      ...['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((sub) => `  ${sub === 'body' ? 'client_body' : sub}_temp_path ${dir}/${sub};`),
      `  include ${dir}/default.conf;`,
      '}',
      '',
    ].join('\n'),
  )
  const child = spawn(binary('nginx', ['/usr/sbin/nginx', '/usr/bin/nginx']), ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  try {
    await waitForPort(port, child, 'nginx')
  } catch (error) {
    throw new Error(`${error.message}\n${stderr}`)
  }
  return { url: `http://127.0.0.1:${port}`, port, errorLog: path.join(dir, 'error.log'), stop: stopper(child, dir) }
}

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server'

/**
 * @typedef {{ url: string, port: number, kill: () => Promise<void>, start: () => Promise<void>,
 *   stop: () => Promise<void>, pause: () => void, resume: () => void }} RedisServer
 */

/** Resolves once something accepts connections on the port. */
async function waitForRedis(port, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`redis-server did not listen on ${port} within ${timeoutMs / 1000} s`)
}

/**
 * @param {{ port?: number }} [options]
 * @returns {Promise<RedisServer>}
 */
export async function startRedis({ port } = {}) {
  const listenPort = port ?? (await freePort())
  /** @type {import('node:child_process').ChildProcess | null} */
  let child = null

  const start = async () => {
    if (child) return
    const started = spawn(
      REDIS_SERVER,
      ['--port', String(listenPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    )
    child = started
    started.once('exit', () => {
      if (child === started) child = null
    })
    await waitForRedis(listenPort)
  }

  /** Ends the server as a crash would (SIGKILL): clients see their connection drop. */
  const kill = async () => {
    const running = child
    if (!running) return
    const exited = new Promise((resolve) => running.once('exit', resolve))
    running.kill('SIGKILL')
    await exited
  }

  /** Freezes the server (SIGSTOP): connections stay open and nothing answers, as with a hung host. */
  const pause = () => child?.kill('SIGSTOP')
  const resume = () => child?.kill('SIGCONT')

  await start()
  return { url: `redis://127.0.0.1:${listenPort}`, port: listenPort, start, kill, stop: kill, pause, resume }
}
