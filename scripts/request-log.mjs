// Preloaded into the server process beside client-address.mjs: one JSON line per HTTP request on stdout,
// for log collectors. Only what operations need (method, path, status, duration): no query string (it
// can hold what a reader searched for), no address, no user agent, no cookies.
import http from 'node:http'

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitWithRequestLog(event, ...args) {
  if (event === 'request') {
    const [request, response] = args
    const started = process.hrtime.bigint()
    response.once('finish', () => {
      const path = (request.url ?? '/').split('?', 1)[0].slice(0, 512)
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
  return emit.call(this, event, ...args)
}
