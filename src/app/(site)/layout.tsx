import type React from 'react'

import './site.css'

export const metadata = {
  description: '银行网点打击治理电信网络诈骗宣传活动管理平台',
  title: '反诈宣传管理平台',
}

const SiteLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="zh-CN">
    <body>{children}</body>
  </html>
)

export default SiteLayout
