import type { ServerResponse } from 'node:http'
import zlib from 'node:zlib'

/** What Payload's REST handler answers (500) when Payload cannot start: its database is unreachable at boot. */
const PAYLOAD_INIT_FAILED = 'There was an error initializing Payload'

const UNAVAILABLE = JSON.stringify({ errors: [{ message: 'The service is temporarily unavailable. Please try again shortly.' }] })

/** The body as Payload wrote it: Next compresses API answers when the client accepts it. */
function decoded(body: Buffer, encoding: unknown): Buffer {
  try {
    if (encoding === 'gzip') return zlib.gunzipSync(body)
    if (encoding === 'br') return zlib.brotliDecompressSync(body)
    if (encoding === 'deflate') return zlib.inflateSync(body)
  } catch {
    // Not what it claims to be: not Payload's answer either.
  }
  return body
}

/**
 * While Payload cannot start (MongoDB down at boot, say) every API call would fail with 500. Clients are told
 * the truth instead: 503 with Retry-After, no error detail. Only a 500 is held back to be read (any other
 * answer streams through untouched); once Payload has started, a database failure inside a call is that
 * endpoint's to answer (reviews: 503).
 */
export function answerUnavailableWithoutPayload(response: ServerResponse): void {
  const { writeHead, write, end } = response
  const held: Buffer[] = []
  let holding = false
  const own = response as unknown as Record<string, unknown>

  own.writeHead = (status: number, ...rest: unknown[]) => {
    if (status !== 500) return Reflect.apply(writeHead, response, [status, ...rest])
    holding = true
    response.statusCode = 500
    const headers = rest.find((arg) => typeof arg === 'object' && arg !== null && !Array.isArray(arg)) as Record<string, number | string | string[] | undefined> | undefined
    for (const [name, value] of Object.entries(headers ?? {})) if (value !== undefined) response.setHeader(name, value)
    return response
  }
  own.write = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    if (!response.headersSent && response.statusCode === 500) holding = true
    if (!holding) return Reflect.apply(write, response, [chunk, ...rest])
    held.push(Buffer.from(chunk))
    return true
  }
  own.end = (chunk?: string | Uint8Array | (() => void), ...rest: unknown[]) => {
    if (!response.headersSent && response.statusCode === 500) holding = true
    if (!holding) return Reflect.apply(end, response, [chunk, ...rest])
    if (chunk && typeof chunk !== 'function') held.push(Buffer.from(chunk))
    for (const name of ['writeHead', 'write', 'end']) delete own[name]
    const body = Buffer.concat(held)
    if (!decoded(body, response.getHeader('content-encoding')).includes(PAYLOAD_INIT_FAILED)) {
      response.setHeader('content-length', body.length)
      return response.end(body)
    }
    response.statusCode = 503
    response.setHeader('content-type', 'application/json')
    response.setHeader('retry-after', '30')
    response.setHeader('cache-control', 'no-store')
    response.setHeader('content-length', Buffer.byteLength(UNAVAILABLE))
    response.removeHeader('content-encoding')
    return response.end(UNAVAILABLE)
  }
}
