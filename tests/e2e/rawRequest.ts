import http from 'node:http'

import { baseURL } from './env'

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string; closed: boolean }

/**
 * Sends a request's headers, declaring `declaredBytes` of body, and only `sentBytes` of it (in the same
 * packet as the headers), then waits for the answer without ever sending the rest: an answer can only
 * arrive if the server decided without reading the body. On a connection of its own (agent: false), since
 * the server closes it after refusing. `closed` tells whether the server closed the connection after answering.
 */
export function declareBody(path: string, { method = 'POST', headers = {}, declaredBytes, sentBytes = 1024 }: { method?: string; headers?: Record<string, string>; declaredBytes: number; sentBytes?: number }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseURL()}${path}`, { method, agent: false, headers: { ...headers, 'content-length': declaredBytes } }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => {
        const answer = { status: response.statusCode ?? 0, headers: response.headers, body }
        // The server ends the connection once it has answered; we never finish the body it declined.
        if (request.socket?.destroyed || request.socket?.readableEnded) resolve({ ...answer, closed: true })
        else request.socket?.once('close', () => resolve({ ...answer, closed: true }))
      })
    })
    request.on('error', reject)
    request.write(Buffer.alloc(Math.min(sentBytes, declaredBytes), 'x'))
  })
}

/** Any method (Node's fetch refuses TRACE and the like), on a connection of its own. */
export function rawRequest(path: string, method: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseURL()}${path}`, { method, agent: false, headers }, (response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body, closed: true }))
    })
    request.on('error', reject)
    request.end()
  })
}
