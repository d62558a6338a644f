import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * One JSON line per HTTP request on stdout, for log collectors, written when the answer is out. Only what
 * operations need (method, path, status, duration): no query string (it can hold what a reader searched
 * for), no address, no user agent, no cookies.
 */
export function logWhenAnswered(request: IncomingMessage, response: ServerResponse): void {
  const started = process.hrtime.bigint()
  // As the client sent it: routing may rewrite request.url before Next sees it.
  const path = (request.url ?? '/').split('?', 1)[0].slice(0, 512)
  response.once('finish', () => {
    const line = {
      time: new Date().toISOString(),
      level: response.statusCode >= 500 ? 'error' : 'info',
      msg: 'request',
      method: request.method,
      path,
      status: response.statusCode,
      ms: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
    }
    process.stdout.write(`${JSON.stringify(line)}\n`)
  })
}
