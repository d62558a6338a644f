import { isIP } from 'node:net'

/**
 * The reader's address, from the X-Forwarded-For list the server entry (server/clientAddress.ts) always
 * ends with the connecting peer. With no trusted proxy that peer is the reader. Behind N trusted proxies the
 * reader is the entry N places from the right, the one the outermost trusted proxy saw; entries further
 * left are whatever the client claimed and are never believed.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((entry) => normalize(entry.trim()))
    .filter(Boolean)
  if (hops.length === 0) return 'unknown'
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]
}

/** "::ffff:10.0.0.1" and "10.0.0.1" are the same reader; anything that is not an address is kept as text. */
function normalize(entry: string): string {
  const mapped = entry.replace(/^::ffff:/i, '')
  return isIP(mapped) ? mapped.toLowerCase() : entry.slice(0, 64)
}
