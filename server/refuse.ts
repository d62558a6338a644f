import type { IncomingMessage, ServerResponse } from 'node:http'

import { isLocale } from '@/i18n/locales'

import { serverMessages } from './messages'
import { ALLOWED_METHODS, routePath, type Refusal } from './requestGuard'

/** The API answers in JSON (English, like Payload's own errors, plus a stable code); pages in their language as plain text. */
function refusalBody(path: string, refusal: Refusal) {
  if (/^\/api(?:\/|$)/.test(path)) {
    const { reason, maxBytes } = refusal
    const json = { errors: [{ message: serverMessages.en.RequestRefused[reason] }], error: reason, ...(maxBytes === undefined ? {} : { maxBytes }) }
    return { type: 'application/json', text: JSON.stringify(json) }
  }
  const first = path.split('/', 2)[1]
  return { type: 'text/plain; charset=utf-8', text: serverMessages[isLocale(first) ? first : 'az'].RequestRefused[refusal.reason] }
}

/**
 * Answers a request the guard refused (server/requestGuard.ts) without reading its body. With `close`, Node
 * closes the socket once the answer is out instead of reading the body; otherwise it reads and drops the
 * (bounded) body and keeps the connection.
 */
export function refuse(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  const { type, text } = refusalBody(routePath(request.url ?? '/'), refusal)
  const body = Buffer.from(text)
  response.writeHead(refusal.status, {
    'content-type': type,
    'content-length': body.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...(refusal.status === 405 ? { allow: ALLOWED_METHODS.join(', ') } : {}),
    ...(refusal.close ? { connection: 'close' } : {}),
  })
  response.end(request.method === 'HEAD' ? undefined : body)
}
