import type { OutgoingHttpHeaders, ServerResponse } from 'node:http'

export type Captured = { status: number; body: Buffer }

type Chunk = string | Uint8Array
type Callback = (error?: Error | null) => void

/**
 * Runs `render` (Next, writing to `response`) and collects what it answers instead of sending it: the status,
 * the headers (left set on `response`) and the body. Afterwards `response` is an ordinary response again, for
 * the caller to send what it decides. Next writes through writeHead, write, end and flushHeaders; each is
 * shadowed on this one response object for the duration.
 */
export function captureAnswer(response: ServerResponse, render: () => Promise<unknown>): Promise<Captured> {
  const chunks: Buffer[] = []
  const toBuffer = (chunk: Chunk, encoding?: BufferEncoding) => (typeof chunk === 'string' ? Buffer.from(chunk, encoding ?? 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength))
  const own = response as unknown as Record<string, unknown>
  const restore = () => {
    for (const name of ['writeHead', 'write', 'end', 'flushHeaders']) delete own[name]
  }

  return new Promise<Captured>((resolve) => {
    const finish = () => {
      restore()
      resolve({ status: response.statusCode, body: Buffer.concat(chunks) })
    }
    own.writeHead = (status: number, ...rest: unknown[]) => {
      response.statusCode = status
      const headers = rest.find((arg) => typeof arg === 'object' && arg !== null) as OutgoingHttpHeaders | string[] | undefined
      if (Array.isArray(headers)) {
        for (let i = 0; i + 1 < headers.length; i += 2) response.appendHeader(headers[i], headers[i + 1])
      } else if (headers) {
        for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value)
      }
      return response
    }
    own.flushHeaders = () => undefined
    own.write = (chunk: Chunk, encoding?: BufferEncoding | Callback, callback?: Callback) => {
      if (chunk != null) chunks.push(toBuffer(chunk, typeof encoding === 'string' ? encoding : undefined))
      const done = typeof encoding === 'function' ? encoding : callback
      if (done) process.nextTick(done)
      return true
    }
    const end = (chunk?: Chunk | Callback, encoding?: BufferEncoding | Callback, callback?: Callback): ServerResponse => {
      if (typeof chunk === 'function') return end(undefined, undefined, chunk)
      if (typeof encoding === 'function') return end(chunk, undefined, encoding)
      if (chunk != null) chunks.push(toBuffer(chunk, encoding))
      finish()
      if (callback) process.nextTick(callback)
      return response
    }
    own.end = end
    render().then(
      () => {
        // Next returned without ending the response (it should not): answer what it left.
        if (Object.hasOwn(own, 'end')) finish()
      },
      () => {
        response.statusCode = 500
        if (Object.hasOwn(own, 'end')) finish()
      },
    )
  })
}
