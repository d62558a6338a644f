// A real Redis for the tests: Debian's redis-server on a free loopback port, in memory only (no RDB, no AOF),
// started by the test. It can be killed and started again on the same port, to take the shared cache away from
// a running portal and bring it back.
import { spawn } from 'node:child_process'
import net from 'node:net'

import { freePort } from '../../scripts/portal-process.mjs'

export const REDIS_SERVER = process.env.REDIS_SERVER_PATH || '/usr/bin/redis-server'

/**
 * @typedef {{ url: string, port: number, kill: () => Promise<void>, start: () => Promise<void>,
 *   stop: () => Promise<void>, pause: () => void, resume: () => void }} RedisServer
 */

/** Resolves once something accepts connections on the port. */
async function waitForPort(port, timeoutMs = 10_000) {
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
    await waitForPort(listenPort)
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
