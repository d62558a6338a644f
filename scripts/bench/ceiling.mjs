// The benchmark's ceiling (a): a plain node:http server answering every request with the bytes of a
// real article page. Runs in its own process, like the portal, so it does not share the load
// generator's event loop. Tells its parent the port over IPC.
import fs from 'node:fs'
import http from 'node:http'

const body = fs.readFileSync(process.argv[2])
const server = http.createServer((request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length })
  response.end(body)
})
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }))
process.on('disconnect', () => process.exit(0))
