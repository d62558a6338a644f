import type { ServerResponse } from 'node:http'

/** What Payload's REST handler answers (500) when Payload cannot start: its database is unreachable at boot. */
const PAYLOAD_INIT_FAILED = 'There was an error initializing Payload'

const UNAVAILABLE = JSON.stringify({ errors: [{ message: 'The service is temporarily unavailable. Please try again shortly.' }] })

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
    if (!body.includes(PAYLOAD_INIT_FAILED)) {
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
