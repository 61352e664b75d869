'use client'

import { useTranslation } from '@payloadcms/ui'
import React from 'react'

import { tr } from './strings'

/** Above the returns list: to the tree where returns are submitted, accepted and returned. */
export const ReturnsLink = () => {
  const { i18n } = useTranslation()
  return (
    <p style={{ margin: '0 0 12px' }}>
      <a className="btn btn--style-primary btn--size-small" href="/admin/returns">
        {tr(i18n.language, 'returnsOpen')}
      </a>
    </p>
  )
}
