import type { PayloadRequest } from 'payload'
import { headersWithCors } from 'payload'
import { z } from 'zod'

import { env } from './env'

/** A JSON response in Payload's own error shape ({ errors: [{ message }] }), with its CORS headers. */
export const jsonError = (req: PayloadRequest, status: number, message: string, extra: Record<string, unknown> = {}): Response =>
  Response.json({ errors: [{ message, ...extra }] }, { headers: headersWithCors({ headers: new Headers(), req }), status })

export const json = (req: PayloadRequest, body: unknown, status = 200): Response =>
  Response.json(body, { headers: headersWithCors({ headers: new Headers(), req }), status })

export const fileResponse = (req: PayloadRequest, body: Buffer | Uint8Array, type: string, filename: string): Response =>
  new Response(new Uint8Array(body), {
    headers: headersWithCors({
      headers: new Headers({
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
        'Content-Type': type,
      }),
      req,
    }),
    status: 200,
  })

/** A document id as a request may send it: a SQLite integer (number or digits) or a MongoDB ObjectId. */
export const docId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/).transform(Number), z.string().regex(/^[0-9a-f]{24}$/)])

/** Uploaded files are never sniffed as another type than the one they are served as. */
export const noSniff = ({ headers }: { headers: Headers }): Headers => {
  headers.set('X-Content-Type-Options', 'nosniff')
  return headers
}

/** An absolute link for a mail, read away from any request: SERVER_URL, else http://localhost:PORT. */
export const mailLink = (path: string): string => `${env.SERVER_URL}${path}`

/**
 * An absolute link for a downloaded file (a workbook's cells open outside the
 * browser): SERVER_URL when set, else the origin the request came in on (never
 * a host the user did not use), else SERVER_URL's default.
 */
export const fileLink = (req: { url?: string | null } | undefined, path: string): string => {
  if (env.linkBase) return `${env.linkBase}${path}`
  try {
    if (req?.url) return `${new URL(req.url).origin}${path}`
  } catch {
    // a relative request URL: no origin known
  }
  return mailLink(path)
}
