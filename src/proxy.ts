import { type NextRequest, NextResponse } from 'next/server'

/** Payload reads the admin language from this cookie before Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin is Chinese first: until a user picks a language (Payload stores the
 * choice in this cookie), it opens in zh whatever language the browser asks for.
 */
export function proxy(request: NextRequest) {
  const file = /^\/api\/(?:media|report-files)\/file\/([^/]+)$/.exec(request.nextUrl.pathname)
  if (file) return withDisposition(NextResponse.next(), decodeURIComponent(file[1]!))
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'zh')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', { path: '/', sameSite: 'lax' })
  return response
}

/**
 * Uploaded files are served with their name in a Content-Disposition that no
 * file name can break (quotes, line breaks and non-ASCII characters only in
 * the encoded form), shown inline, never sniffed as another type.
 */
const withDisposition = (response: NextResponse, name: string) => {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_')
  response.headers.set('Content-Disposition', `inline; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
  response.headers.set('X-Content-Type-Options', 'nosniff')
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*', '/api/media/file/:path*', '/api/report-files/file/:path*'] }
