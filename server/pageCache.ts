import type { Encoding } from './compression'

/**
 * A cached page as this server sends it: Next's bytes with one nonce on every script, its own ETag and its
 * compressed forms. Kept per body that Next's cache returns (Next's ETag, checked byte for byte), so that a
 * page served from Next's cache costs neither stamping nor compression after its first request here.
 */
export type PreparedPage = {
  /** The body as Next sent it. */
  source: Buffer
  nonce: string
  /** `source` with `nonce` on every script: what readers get. */
  body: Buffer
  /** Weak ETag of `body`, so of its nonce too. */
  etag: string
  encoded: Partial<Record<Encoding, Buffer>>
}

/**
 * Bounded by bytes (bodies and their compressed forms), least recently used first out. 64 MB holds about a
 * thousand article pages, far more than the pages being read at any moment.
 */
const MAX_BYTES = 64 * 1024 * 1024

const entries = new Map<string, PreparedPage>()
/** The pages in `entries`, so that a compressed form added to an evicted page is not counted. */
const kept = new WeakSet<PreparedPage>()
let bytes = 0

const sizeOf = (page: PreparedPage) => page.source.length + page.body.length + (page.encoded.br?.length ?? 0) + (page.encoded.gzip?.length ?? 0)

/** The prepared form of the body Next sent with `nextEtag`, when this server has prepared that very body. */
export function preparedPage(nextEtag: string, source: Buffer | null): PreparedPage | undefined {
  const page = entries.get(nextEtag)
  if (!page || (source && !page.source.equals(source))) return undefined
  entries.delete(nextEtag)
  entries.set(nextEtag, page)
  return page
}

export function keepPreparedPage(nextEtag: string, page: PreparedPage): void {
  const previous = entries.get(nextEtag)
  if (previous) {
    bytes -= sizeOf(previous)
    kept.delete(previous)
  }
  entries.set(nextEtag, page)
  kept.add(page)
  bytes += sizeOf(page)
  for (const [key, oldest] of entries) {
    if (bytes <= MAX_BYTES) break
    entries.delete(key)
    kept.delete(oldest)
    bytes -= sizeOf(oldest)
  }
}

/** Keeps a compressed form of a kept page beside it. */
export function addEncoding(page: PreparedPage, encoding: Encoding, body: Buffer): void {
  if (page.encoded[encoding]) return
  page.encoded[encoding] = body
  if (kept.has(page)) bytes += body.length
}
