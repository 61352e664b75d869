import type React from 'react'

import { env } from '../../../env'
import '../site.css'

export const metadata = {
  alternates: { types: { 'application/atom+xml': '/en/feed.xml' } },
  description: 'Anti-fraud publicity materials for bank branches: leaflets, posters, handbooks, short videos and case studies.',
  metadataBase: new URL(env.SERVER_URL),
  title: 'Anti-fraud materials · Anti-fraud publicity',
}

const EnLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="en">
    <body>{children}</body>
  </html>
)

export default EnLayout
