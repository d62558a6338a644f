import type { IncomingMessage } from 'node:http'

/**
 * Next.js does not tell route handlers or server actions the connection's address, and it keeps whatever
 * X-Forwarded-For a client sends. So before Next sees a request the peer that actually connected is appended,
 * exactly as a reverse proxy does. The app reads the list from the right, skipping only as many entries as
 * there are trusted proxies (lib/reviews/clientAddress.ts): whatever a client forged stays on the left,
 * where it is never read.
 */
export function appendPeerAddress(request: IncomingMessage): void {
  const peer = request.socket.remoteAddress
  if (!peer) return
  const forwarded = request.headers['x-forwarded-for']
  request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer
}
