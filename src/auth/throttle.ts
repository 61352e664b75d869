/**
 * Sign-in attempts that strangers cannot turn into a weapon.
 *
 * Payload's own lockout locks an account for everyone after N wrong
 * passwords: anyone who knows an address can lock its owner (admin included)
 * out. It is off; instead failed attempts slow down the place they come from,
 * with a wait that doubles after each further failure (up to
 * LOGIN_LOCK_SECONDS):
 * - per account *and* client address, after LOGIN_MAX_ATTEMPTS failures;
 * - per client address over all accounts, after 4 × that (one place guessing
 *   many accounts);
 * - per account over all addresses, after 10 × that (many places guessing one
 *   account) — except from addresses where the account signed in before, so
 *   its owner still gets in from their usual place.
 * An attempt refused while waiting is not checked and does not count. The
 * answer is the same whether the account exists or not, and a session already
 * open is never touched. Kept in memory (one server process; see the
 * deployment notes for several).
 */
import { createHash, pbkdf2, timingSafeEqual } from 'node:crypto'

import { APIError, type PayloadRequest } from 'payload'

import { env } from '../env'
import { CLIENT_ADDRESS_HEADER } from './clientAddress'
import { t } from '../i18n/messages'

type Entry = { failures: number; last: number; until: number }

const MAX_KEYS = 50_000
const entries = new Map<string, Entry>()
const knownPlaces = new Map<string, Set<string>>()

const limits = () => ({ account: env.LOGIN_MAX_ATTEMPTS * 10, address: env.LOGIN_MAX_ATTEMPTS * 4, pair: env.LOGIN_MAX_ATTEMPTS })

/** The client's address as the server stamped it from the socket (src/auth/clientAddress.ts); 'local' for the Local API. */
export const clientAddress = (req: Pick<PayloadRequest, 'headers'>): string => req.headers.get(CLIENT_ADDRESS_HEADER) ?? 'local'

const hashed = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 32)

const read = (key: string, now: number): Entry => {
  const e = entries.get(key)
  // a quiet period as long as the longest wait forgets the past
  if (!e || now - e.last > env.LOGIN_LOCK_SECONDS * 1000) return { failures: 0, last: now, until: 0 }
  return e
}

const write = (key: string, e: Entry) => {
  entries.delete(key)
  entries.set(key, e)
  if (entries.size > MAX_KEYS) entries.delete(entries.keys().next().value!)
}

const fail = (key: string, limit: number, now: number) => {
  const e = read(key, now)
  const failures = e.failures + 1
  const over = failures - limit
  const wait = over > 0 ? Math.min(2 ** (over - 1) * 1000, env.LOGIN_LOCK_SECONDS * 1000) : 0
  write(key, { failures, last: now, until: wait > 0 ? now + wait : 0 })
}

const keysFor = (email: string, address: string) => {
  const account = hashed(email)
  return { account: `a:${account}`, address: `i:${address}`, pair: `p:${account}:${address}`, place: account }
}

/** Before a sign-in (or a password-reset request) is checked: refused with 429 while its place must wait; else counted as a failure until it succeeds. */
export const throttleAttempt = (req: PayloadRequest, email: unknown, kind: 'forgot' | 'login'): void => {
  if (typeof email !== 'string' || !email) return
  const now = Date.now()
  const address = clientAddress(req)
  const k = keysFor(`${kind}:${email}`, address)
  const usual = knownPlaces.get(k.place)?.has(address) === true
  const waits = [read(k.pair, now).until, read(k.address, now).until, usual ? 0 : read(k.account, now).until].map((u) => u - now)
  const wait = Math.max(...waits)
  if (wait > 0) throw new APIError(t(req, 'loginThrottled', { seconds: Math.ceil(wait / 1000) }), 429, undefined, true)
  const l = limits()
  fail(k.pair, l.pair, now)
  fail(k.address, l.address, now)
  fail(k.account, l.account, now)
}

/** After a successful sign-in: the attempt was no failure, and this address becomes one of the account's usual places. */
export const signedIn = (req: PayloadRequest, email: string): void => {
  const now = Date.now()
  const address = clientAddress(req)
  const k = keysFor(`login:${email}`, address)
  entries.delete(k.pair)
  for (const key of [k.address, k.account]) {
    const e = entries.get(key)
    if (e && e.failures > 0) write(key, { ...e, failures: e.failures - 1 })
  }
  const places = knownPlaces.get(k.place) ?? new Set<string>()
  places.add(address)
  if (places.size > 20) places.delete(places.values().next().value!)
  knownPlaces.set(k.place, places)
  if (knownPlaces.size > MAX_KEYS) knownPlaces.delete(knownPlaces.keys().next().value!)
}

/** Forgets every attempt (tests). */
export const resetThrottle = () => {
  entries.clear()
  knownPlaces.clear()
}

/** Whether `password` is the one stored as `hash`/`salt` (Payload's pbkdf2 formats, current and legacy). */
export const passwordMatches = async (doc: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> => {
  if (typeof doc.hash !== 'string' || typeof doc.salt !== 'string') return false
  const current = doc.hash.startsWith('pbkdf2-sha256-v1:')
  const stored = Buffer.from(current ? doc.hash.slice('pbkdf2-sha256-v1:'.length) : doc.hash, 'hex')
  const [iterations, keyLength] = current ? [600_000, 32] : [25_000, 512]
  const derived = await new Promise<Buffer>((resolve, reject) => pbkdf2(password, doc.salt as string, iterations, keyLength, 'sha256', (e, b) => (e ? reject(e) : resolve(b))))
  return derived.length === stored.length && timingSafeEqual(derived, stored)
}
