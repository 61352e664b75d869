/**
 * A forged X-Forwarded-For changes nothing (issue 23). With no trusted proxy
 * (the default) the audit log and the sign-in throttle see the socket's
 * address whatever the header claims; behind N proxies only the N right-most
 * hops count.
 */
import type { Server } from 'node:http'

import request from 'supertest'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { clientFrom } from '../../src/auth/clientAddress'
import { type Booted, bootPayload } from '../helpers/boot'
import { startServer } from '../helpers/http'
import { buildWorld, type World } from '../helpers/world'

let b: Booted
let w: World
let server: Server

beforeAll(async () => {
  b = await bootPayload()
  w = await buildWorld(b.payload)
})
afterAll(async () => {
  server?.close()
  await b?.cleanup()
})

const failedSignIns = async () =>
  (await b.payload.find({ collection: 'audit-log', depth: 0, limit: 0, pagination: false, sort: 'seq', where: { action: { equals: 'login-failed' } } })).docs as Array<{ ip?: string | null }>

describe('the client address', () => {
  it('is the socket’s peer without a trusted proxy, the outermost trusted hop behind N', () => {
    expect(clientFrom('6.6.6.6', '127.0.0.1', 0)).toBe('127.0.0.1')
    expect(clientFrom(undefined, '10.0.0.5', 0)).toBe('10.0.0.5')
    expect(clientFrom('6.6.6.6, 203.0.113.9', '10.0.0.1', 1)).toBe('203.0.113.9')
    expect(clientFrom('6.6.6.6, 203.0.113.9, 10.0.0.2', '10.0.0.1', 2)).toBe('203.0.113.9')
    // fewer hops than proxies: the farthest one known
    expect(clientFrom(undefined, '10.0.0.1', 2)).toBe('10.0.0.1')
  })

  it('with TRUSTED_PROXIES=0 a forged X-Forwarded-For neither reaches the audit log nor escapes the throttle', async () => {
    server = startServer(b.config, { trustedProxies: 0 })
    const email = w.users.managerA1!.email
    const statuses: number[] = []
    for (let i = 0; i < 8; i++) {
      const res = await request(server).post('/api/users/login').set('X-Forwarded-For', `198.51.100.${i + 1}`).send({ email, password: `wrong-${i}` })
      statuses.push(res.status)
    }
    // a few failures from one place, then that place waits, whatever address each attempt claimed (a different address each time would never wait)
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401])
    expect(statuses.slice(6)).toEqual([429, 429])
    const ips = new Set((await failedSignIns()).map((e) => e.ip))
    expect([...ips]).toEqual(['127.0.0.1'])
    server.close()
  })

  it('behind one proxy, the hop the proxy added counts and what the client wrote before it does not', async () => {
    server = startServer(b.config, { trustedProxies: 1 })
    const before = (await failedSignIns()).length
    const res = await request(server).post('/api/users/login').set('X-Forwarded-For', '6.6.6.6, 203.0.113.77').send({ email: w.users.staffB1O1!.email, password: 'wrong' })
    expect(res.status).toBe(401)
    const entries = await failedSignIns()
    expect(entries.length).toBe(before + 1)
    expect(entries.at(-1)!.ip).toBe('203.0.113.77')
  })
})
