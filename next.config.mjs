import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The product must never call an outside host at run time.
  images: { unoptimized: true },
  poweredByHeader: false,
  // loaded from node_modules at run time: pdfkit reads its font metrics and our CJK font from disk
  serverExternalPackages: ['pdfkit', 'fontkit', 'exceljs', 'docx', 'liquidjs', '@expo-google-fonts/noto-sans-sc'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
