import { type NextRequest, NextResponse } from 'next/server'

/** Payload reads the admin language from this cookie before Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin is Chinese first: until a user picks a language (Payload stores the
 * choice in this cookie), it opens in zh whatever language the browser asks for.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(LANGUAGE_COOKIE, 'zh')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'zh', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin', '/admin/:path*'] }
