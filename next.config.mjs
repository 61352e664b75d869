import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The product must never call an outside host at run time.
  images: { unoptimized: true },
  poweredByHeader: false,
  // every page and answer: not framed by other sites, no MIME sniffing, no full URLs leaked to other origins
  async headers() {
    return [
      {
        headers: [
          { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
        source: '/:path*',
      },
    ]
  },
  // loaded from node_modules at run time: pdfkit reads its font metrics and our CJK font from disk
  // libsql: one instance of the native SQLite binding, so the statement reuse in src/sqlite/connections.ts applies to the adapter's connections
  serverExternalPackages: ['pdfkit', 'fontkit', 'exceljs', 'docx', 'liquidjs', '@expo-google-fonts/noto-sans-sc', 'libsql', '@libsql/client'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
