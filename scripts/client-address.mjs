// Preloaded into the server process (`node --import ./scripts/client-address.mjs`, see scripts/start.mjs and
// the Dockerfile). Next.js does not tell route handlers or server actions the connection's address, and it
// keeps whatever X-Forwarded-For a client sends. So before Next sees a request we append the address of the
// peer that actually connected, exactly as a reverse proxy does. The app then reads the list from the right,
// skipping only as many entries as there are trusted proxies (lib/reviews/clientAddress.ts): whatever a
// client forged stays on the left, where it is never read.
import http from 'node:http'

const emit = http.Server.prototype.emit

http.Server.prototype.emit = function emitWithPeerAddress(event, ...args) {
  if (event === 'request') {
    const [request] = args
    const peer = request?.socket?.remoteAddress
    if (peer) {
      const forwarded = request.headers['x-forwarded-for']
      request.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${peer}` : peer
    }
  }
  return emit.call(this, event, ...args)
}
