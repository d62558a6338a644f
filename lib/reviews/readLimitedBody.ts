/** The largest JSON body the review endpoint reads (the request guard refuses a larger declared length first). */
export { MAX_REVIEW_REQUEST_BYTES } from '@/lib/requestLimits.mjs'

export class BodyTooLargeError extends Error {}

/**
 * Reads a request body as text, giving up as soon as it passes `limit` bytes: an oversized body (a declared
 * Content-Length or a chunked stream that keeps going) is refused before it is buffered or parsed.
 */
export async function readLimitedBody(body: ReadableStream<Uint8Array> | null | undefined, declaredLength: string | null, limit: number): Promise<string> {
  if (declaredLength !== null && Number(declaredLength) > limit) throw new BodyTooLargeError()
  if (!body) return ''
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      throw new BodyTooLargeError()
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
