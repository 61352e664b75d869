'use client'
import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientProps } from 'payload'

/** The current password, typed as a password (masked) when one's own e-mail or password changes. */
export const CurrentPasswordField = (props: TextFieldClientProps) => (
  <PasswordField autoComplete="current-password" field={props.field} path={props.path ?? props.field.name} />
)
