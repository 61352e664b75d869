import type React from 'react'

import { env } from '../../../env'
import '../site.css'

export const metadata = {
  alternates: { types: { 'application/atom+xml': '/feed.xml' } },
  description: '银行网点反诈宣传物料：宣传折页、海报、手册、短视频与典型案例。',
  metadataBase: new URL(env.SERVER_URL),
  title: '反诈宣传物料 · 反诈宣传管理平台',
}

const ZhLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="zh-CN">
    <body>{children}</body>
  </html>
)

export default ZhLayout
