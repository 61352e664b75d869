import { type IncomingMessage, Server } from 'node:http'

/**
 * Where a request comes from, decided where the socket is still known.
 *
 * Next copies the socket's address into X-Forwarded-For only when the client
 * sent none (`??=`), so a client could write any address into the audit log
 * and step around the per-address sign-in throttle by changing that header.
 * Here, before Next sees the request, the server writes the address it
 * trusts into a header of its own (whatever a client put there is replaced):
 * the socket's peer when no proxy is trusted (TRUSTED_PROXIES=0, the
 * default), else the entry the outermost trusted proxy saw — the N right-most
 * hops of X-Forwarded-For are the proxies' own; anything left of them is the
 * client's claim and is ignored.
 */
export const CLIENT_ADDRESS_HEADER = 'x-afc-client-address'

/** The client's address from the socket's peer and the X-Forwarded-For chain, trusting `trusted` proxies. */
export const clientFrom = (forwarded: string | string[] | undefined, socket: string | undefined, trusted: number): string => {
  const hops = [...(Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').map((s) => s.trim()).filter(Boolean), socket ?? 'unknown']
  return hops[Math.max(0, hops.length - 1 - trusted)]!
}

const stamp = (req: IncomingMessage, trusted: number) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientFrom(trusted === 0 ? undefined : req.headers['x-forwarded-for'], req.socket?.remoteAddress?.replace(/^::ffff:/, ''), trusted)
}

let installed = false
let trustedHops = 0

/**
 * Stamps every request any node:http server of this process receives (Next's
 * own, and the test servers') before its handler runs; installed once per
 * process, trusting the given number of proxies from then on.
 */
export const installClientAddress = (trusted: number): void => {
  trustedHops = trusted
  if (installed) return
  installed = true
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === 'request') stamp(args[0] as IncomingMessage, trustedHops)
    return emit.call(this, event, ...args)
  }
}
