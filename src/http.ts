import type { PayloadRequest } from 'payload'
import { headersWithCors } from 'payload'

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
