import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

/** Payload's default admin frame (nav, header) around one of our own screens. */
type Props = Pick<AdminViewServerProps, 'initPageResult' | 'params' | 'searchParams'> & { children: React.ReactNode }

export const AdminScreen = ({ children, initPageResult, params, searchParams }: Props) => (
  <DefaultTemplate
    i18n={initPageResult.req.i18n}
    locale={initPageResult.locale}
    params={params}
    payload={initPageResult.req.payload}
    permissions={initPageResult.permissions}
    searchParams={searchParams}
    user={initPageResult.req.user ?? undefined}
    visibleEntities={initPageResult.visibleEntities}
  >
    <Gutter>{children}</Gutter>
  </DefaultTemplate>
)
