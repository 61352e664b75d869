/**
 * The product's API in a process of its own (Payload's router behind
 * node:http, as tests/helpers/http.ts), on the database and uploads its
 * environment names — for tests that kill it. Prints `listening <port>`.
 */
import { getPayload } from 'payload'

import { startServer } from './http'

const { default: configPromise } = await import('../../payload.config')
const config = await configPromise
// connects, and runs the start-up recovery (onInit) as the server does
await getPayload({ config })
const server = startServer(config)
server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`)
})
