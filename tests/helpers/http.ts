import { createServer, type Server } from 'node:http'

import { createServerAdapter } from '@whatwg-node/server'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type SanitizedConfig } from 'payload'
import request from 'supertest'

import { installClientAddress } from '../../src/auth/clientAddress'
import { PASSWORD } from './world'

/**
 * Payload's REST router (handleEndpoints) and its GraphQL handler behind a
 * plain node:http server — the same request handling as the Next routes,
 * without a Next build.
 */
export const startServer = (config: SanitizedConfig, opts: { trustedProxies?: number } = {}): Server => {
  // as src/instrumentation.ts does in the served product: the client's address comes from the socket (and the proxies trusted)
  // (src/env is not imported here: it would read the environment before bootPayload sets a file's own)
  installClientAddress(opts.trustedProxies ?? Number(process.env.TRUSTED_PROXIES ?? 0))
  const graphql = GRAPHQL_POST(config)
  const adapter = createServerAdapter((req: Request) =>
    new URL(req.url).pathname === '/api/graphql' ? graphql(req) : handleEndpoints({ config, request: req }),
  )
  return createServer(adapter)
}

export const login = async (server: Server, email: string, password = PASSWORD): Promise<string> => {
  const res = await request(server).post('/api/users/login').send({ email, password })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.token as string
}

export const auth = (token: string) => ({ Authorization: `JWT ${token}` })
