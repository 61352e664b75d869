import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Env } from './env'

/** SMTP from the environment; without SMTP_HOST, Payload writes mails to the log instead of sending. */
export const emailAdapter = (e: Env): Promise<EmailAdapter> | undefined => {
  if (!e.SMTP_HOST) return undefined
  return nodemailerAdapter({
    defaultFromAddress: e.MAIL_FROM_ADDRESS,
    defaultFromName: e.MAIL_FROM_NAME,
    skipVerify: true,
    transportOptions: {
      auth: e.SMTP_USER ? { pass: e.SMTP_PASS ?? '', user: e.SMTP_USER } : undefined,
      host: e.SMTP_HOST,
      port: e.SMTP_PORT,
      secure: e.SMTP_SECURE,
    },
  })
}
